import type { Meta } from '../../src/api/meta';
import type { Unit } from '../../src/api/units';
import { assembleDataset } from './assemble-dataset';
import { buildCore, type UnitSpec } from './build-core';
import type { Dataset } from './dataset';
import { nationalFields } from './fields';
import { addDays, monthsBetween, nextWorkday, pad2, SIMULATED_TIME_FRAME } from './months';
import { generatedParIndex } from './par-index';
import { Rng } from './prng';
import type { InspectionPlanEntry } from './seed-inspections';
import { rootOffice, standingUnit } from './standing-unit';

export const NATIONAL_SEED = 3_321;
/** Viet Nam's communes, wards and special zones after the 2025 reorganisation. */
export const NATIONAL_COMMUNE_COUNT = 3321;
export const NATIONAL_ROOT_ID = 'tw';

export const nationalMeta: Meta = {
  dataset: 'national',
  name: 'Toàn quốc (dữ liệu mô phỏng)',
  rootUnitId: NATIONAL_ROOT_ID,
  ...structuredClone(SIMULATED_TIME_FRAME),
};

const YEAR_TREND: Record<number, number> = { 2020: 0.93, 2021: 0.9, 2022: 1.0, 2023: 1.04, 2024: 1.07, 2025: 1.1 };

/** Generated units: the root office and communes named by number (no real names). */
function nationalUnits(seed: number, count: number): Unit[] {
  const rng = Rng.derive(seed, 'national-units');
  const communes: Unit[] = [];
  for (let i = 1; i <= count; i++) {
    communes.push(
      standingUnit({
        id: `xa-${String(i).padStart(4, '0')}`,
        name: `Số ${String(i).padStart(4, '0')}`,
        kind: 'commune',
        level: 'commune',
        // After the reform communes are large: median about 25,000 people.
        population: Math.round(Math.min(180_000, Math.max(3_000, 25_000 * Math.exp(0.5 * rng.normal())))),
      }),
    );
  }
  return [rootOffice(NATIONAL_ROOT_ID, 'Toàn quốc (dữ liệu mô phỏng)', communes), ...communes];
}

interface Lag {
  from: number;
  found: number;
  rate: number;
}

/** About 4 % of communes lag for a stretch, until an inspection (month `found`) sets them right. */
function lagsFor(seed: number, units: Unit[], monthCount: number): Map<number, Lag> {
  const rng = Rng.derive(seed, 'national-lags');
  const lags = new Map<number, Lag>();
  units.forEach((u, i) => {
    if (u.level !== 'commune' || !rng.chance(0.04)) return;
    const from = rng.int(0, monthCount - 24);
    lags.set(i, { from, found: Math.min(monthCount - 4, from + rng.int(8, 20)), rate: rng.uniform(0.06, 0.09) });
  });
  return lags;
}

export interface NationalOptions {
  /** Fewer communes for quick experiments; the dataset served always has 3,321. */
  communeCount?: number;
}

/** The scale dataset: 3,321 generated communes plus the root office, January 2020 – June 2025. */
export function createNationalDataset(seed: number = NATIONAL_SEED, options: NationalOptions = {}): Dataset {
  const meta = nationalMeta;
  const months = monthsBetween(meta.coverage.from, meta.coverage.to);
  const units = nationalUnits(seed, options.communeCount ?? NATIONAL_COMMUNE_COUNT);
  const lags = lagsFor(seed, units, months.length);
  const yearOf = (m: number) => Number((months[m] ?? '2020').slice(0, 4));

  const core = buildCore({
    seed,
    months,
    units,
    fields: nationalFields,
    compact: true,
    specFor: (unit, index, _first, rng): UnitSpec => {
      if (unit.level === 'district') {
        return {
          laggard: false,
          dossiers: {
            annualVolume: (m) => 30_000 * (YEAR_TREND[yearOf(m)] ?? 1),
            onlineFactor: 1.1,
            lateRate: () => 0.004,
            apologyDiligence: () => 1,
          },
          feedback: { monthlyVolume: 40, lateShare: () => 0.02, satisfaction: 0.92 },
        };
      }
      const perCapita = rng.uniform(0.22, 0.34);
      const baseLate = rng.uniform(0.002, 0.022);
      const lag = lags.get(index);
      const lateRate = lag
        ? (m: number) => (m < lag.from ? baseLate : m <= lag.found ? lag.rate : baseLate + (lag.rate - baseLate) * Math.exp(-(m - lag.found) / 2))
        : () => baseLate;
      return {
        laggard: lag !== undefined,
        dossiers: {
          annualVolume: (m) => unit.population * perCapita * (YEAR_TREND[yearOf(m)] ?? 1),
          onlineFactor: rng.uniform(0.7, 1.25),
          lateRate,
          apologyDiligence: lag ? (m) => (m >= lag.from && m <= lag.found ? 0.55 : 1) : () => 1,
        },
        feedback: {
          monthlyVolume: unit.population / 6000,
          lateShare: () => (lag ? 0.08 : 0.03),
          satisfaction: rng.uniform(0.85, 0.97),
        },
      };
    },
  });
  // A small sample of inspections: five a year, some at lagging communes when their lag is found.
  const rng = Rng.derive(seed, 'national-inspections');
  const plan: InspectionPlanEntry[] = [];
  const lagList = [...lags.entries()];
  for (let year = 2020; year <= 2025; year++) {
    const picks: { u: number; date: string }[] = [];
    for (const [u, lag] of lagList) {
      const month = months[lag.found] as string;
      if (month.startsWith(String(year)) && picks.length < 2 && month <= '2025-06') picks.push({ u, date: nextWorkday(`${month}-${pad2(rng.int(8, 24))}`) });
    }
    while (picks.length < 5) {
      const u = rng.int(1, units.length - 1);
      if (picks.some((p) => p.u === u)) continue;
      const date = year < 2025 ? nextWorkday(addDays(`${year}-03-02`, rng.int(0, 260))) : '';
      picks.push({ u, date });
    }
    picks.forEach((p, k) => {
      const unit = units[p.u] as Unit;
      let date = p.date;
      let status: InspectionPlanEntry['status'] = 'finalised';
      if (year === 2025 && !date) {
        // 2025: the rest after asOf, one under way on 1 July.
        const slot = k - picks.filter((x) => x.date).length;
        if (slot === 0) date = nextWorkday(addDays('2025-03-02', rng.int(0, 100)));
        else if (slot === 1) [date, status] = ['2025-07-01', 'in_progress'];
        else [date, status] = [nextWorkday(addDays('2025-08-04', rng.int(0, 100))), 'planned'];
      }
      plan.push({ unitId: unit.id, unitWord: 'xã', unitLabel: `xã ${unit.name}`, plannedDate: date, status, teamId: k % 2 === 0 ? 'doan-1' : 'doan-2' });
    });
  }
  return assembleDataset({ seed, meta, units, core, plan, parIndex: generatedParIndex(seed) });
}
