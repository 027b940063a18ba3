import type { ParIndexYear } from '../../src/api/par-index';
import { Rng } from './prng';

/**
 * Maximum points of the seven PAR INDEX areas (same numbering as the inspection areas); they add up
 * to 100.
 */
export const PAR_AREA_MAX = [12, 10, 20, 10, 16, 10, 22] as const;

/**
 * Splits a score into area scores that add up to it exactly (in hundredths of a point), each area
 * near the overall rate with a little spread, none above its maximum.
 */
function components(score: number, rng: Rng): ParIndexYear['components'] {
  const total = Math.round(score * 100);
  const rate = score / 100;
  const raw = PAR_AREA_MAX.map((max) => Math.min(max * 100, Math.round(max * 100 * rate * (1 + rng.uniform(-0.05, 0.05)))));
  let diff = total - raw.reduce((s, v) => s + v, 0);
  // Move the difference onto areas that have room, largest first.
  for (let guard = 0; diff !== 0 && guard < 10_000; guard++) {
    for (let a = 0; a < raw.length && diff !== 0; a++) {
      const cap = (PAR_AREA_MAX[a] as number) * 100;
      const v = raw[a] as number;
      if (diff > 0 && v < cap) {
        raw[a] = v + 1;
        diff--;
      } else if (diff < 0 && v > 0) {
        raw[a] = v - 1;
        diff++;
      }
    }
  }
  return raw.map((v, a) => ({ areaId: a + 1, score: v / 100, max: PAR_AREA_MAX[a] as number }));
}

/**
 * Thường Tín among Hà Nội's 30 districts. The 2022 rank is two places better than 2021's (the
 * article); scores sit in the high 80s to low 90s and ranks move a few places a year.
 */
const THUONG_TIN_PAR: { year: number; score: number; rank: number }[] = [
  { year: 2019, score: 86.87, rank: 14 },
  { year: 2020, score: 88.02, rank: 12 },
  { year: 2021, score: 88.51, rank: 13 },
  { year: 2022, score: 90.36, rank: 11 },
  { year: 2023, score: 91.18, rank: 9 },
  { year: 2024, score: 91.73, rank: 7 },
];

export function thuongTinParIndex(seed: number): ParIndexYear[] {
  const rng = Rng.derive(seed, 'par-index');
  return THUONG_TIN_PAR.map(({ year, score, rank }) => ({ year, score, rank, outOf: 30, components: components(score, rng) }));
}

/** A made-up series of the same shape for the national dataset (it has no real ranking). */
export function generatedParIndex(seed: number): ParIndexYear[] {
  const rng = Rng.derive(seed, 'par-index-generated');
  let rank = rng.int(10, 18);
  let score = rng.uniform(85, 87.5);
  const out: ParIndexYear[] = [];
  for (let year = 2019; year <= 2024; year++) {
    const s = Math.round(score * 100) / 100;
    out.push({ year, score: s, rank, outOf: 30, components: components(s, rng) });
    score = Math.min(94, score + rng.uniform(-0.4, 1.4));
    rank = Math.max(1, Math.min(30, rank + rng.int(-3, 2)));
  }
  return out;
}
