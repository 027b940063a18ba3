import type { Meta } from '../../src/api/meta';
import type { Unit } from '../../src/api/units';
import { assembleDataset } from './assemble-dataset';
import { buildCore, type UnitSpec } from './build-core';
import type { Dataset } from './dataset';
import { thuongTinFields } from './fields';
import { addDays, monthOffset, monthsBetween, nextWorkday, SIMULATED_TIME_FRAME } from './months';
import { thuongTinParIndex } from './par-index';
import { Rng } from './prng';
import type { InspectionPlanEntry } from './seed-inspections';
import { DISTRICT_UNIT_ID, MERGER, MERGER_DATE, laggingCommunes, populationBefore2025, thuongTinUnits } from './thuong-tin-units';

export const THUONG_TIN_SEED = 20_250_705;

export const thuongTinMeta: Meta = {
  dataset: 'thuong-tin',
  name: 'UBND huyện Thường Tín',
  rootUnitId: DISTRICT_UNIT_ID,
  ...structuredClone(SIMULATED_TIME_FRAME),
};

/** The article's facts: the district one-stop received 4,977 dossiers in 2022, all resolved in time. */
export const DISTRICT_2022_RECEIVED = 4977;

/** Yearly volume relative to 2022: Covid years quieter, then steady growth. */
const YEAR_TREND: Record<number, number> = { 2020: 0.93, 2021: 0.9, 2022: 1.0, 2023: 1.04, 2024: 1.07, 2025: 1.1 };
/** The district office's own volume a year (2022 is then set to the recorded figure exactly). */
const DISTRICT_ANNUAL = 4900;

function specFor(months: string[]) {
  const mergerMonth = monthOffset(months[0] as string, MERGER_DATE.slice(0, 7));
  const yearOf = (m: number) => Number((months[m] ?? months[0] ?? '2020').slice(0, 4));
  return (unit: Unit, _index: number, _first: number, rng: Rng): UnitSpec => {
    if (unit.level === 'district') {
      const noise = Object.fromEntries(Object.keys(YEAR_TREND).map((y) => [y, rng.uniform(0.97, 1.03)]));
      const m2022Jan = monthOffset(months[0] as string, '2022-01');
      return {
        laggard: false,
        dossiers: {
          annualVolume: (m) => DISTRICT_ANNUAL * (YEAR_TREND[yearOf(m)] ?? 1) * (noise[yearOf(m)] ?? 1),
          onlineFactor: 1.05,
          lateRate: () => 0.004,
          apologyDiligence: () => 1,
          receivedTotals: [{ year: 2022, total: DISTRICT_2022_RECEIVED }],
          // Nothing late in 2022, and nothing overdue carried into it.
          noLate: { from: m2022Jan, to: m2022Jan + 11 },
        },
        feedback: { monthlyVolume: 11, lateShare: () => 0.02, satisfaction: 0.93 },
      };
    }
    const perCapita = unit.kind === 'town' ? rng.uniform(0.38, 0.42) : rng.uniform(0.26, 0.34);
    const popBefore = populationBefore2025[unit.id] ?? unit.population;
    const lag = laggingCommunes.find((l) => l.unitId === unit.id);
    const baseLate = rng.uniform(0.003, 0.02);
    let lateRate = (_m: number) => baseLate;
    let apologyDiligence = (_m: number) => 1;
    if (lag) {
      const from = monthOffset(months[0] as string, lag.lagFrom);
      const found = monthOffset(months[0] as string, lag.inspectionDate.slice(0, 7));
      lateRate = (m) =>
        m < from ? baseLate : m <= found ? lag.lateRate : baseLate + (lag.lateRate - baseLate) * Math.exp(-(m - found) / 2);
      // Until the inspection, only about half of the late dossiers got an apology letter.
      apologyDiligence = (m) => (m >= from && m <= found ? 0.55 : 1);
    }
    return {
      laggard: lag !== undefined,
      dossiers: {
        annualVolume: (m) => (m >= mergerMonth ? unit.population : popBefore) * perCapita * (YEAR_TREND[yearOf(m)] ?? 1),
        onlineFactor: lag ? rng.uniform(0.75, 0.9) : rng.uniform(0.85, 1.2),
        lateRate,
        apologyDiligence,
      },
      feedback: {
        monthlyVolume: unit.population / 4500,
        lateShare: (m) => (lag && lateRate(m) > baseLate * 2 ? 0.12 : 0.03),
        satisfaction: rng.uniform(0.86, 0.97),
      },
    };
  };
}

const unitWord = (u: Unit) => (u.kind === 'town' ? 'thị trấn' : 'xã');

/**
 * Inspections 2020–2025: the communes in two alternating groups (even years / odd years), so each is
 * visited at least every two years; the visit that catches a lagging commune falls on its fixed
 * date. In 2025 the visits after June are still planned and the one on 1 July is in progress.
 */
function inspectionPlan(seed: number, units: Unit[]): InspectionPlanEntry[] {
  const rng = Rng.derive(seed, 'inspection-plan');
  const original = units.filter((u) => u.level === 'commune' && u.validFrom < '2020-01-01');
  const plan: InspectionPlanEntry[] = [];
  for (let year = 2020; year <= 2025; year++) {
    const yearStart = `${year}-01-01`;
    const due = original.filter((u, i) => i % 2 === year % 2 && (u.validTo === null || u.validTo >= yearStart));
    if (year === 2025) due.push(...units.filter((u) => u.validFrom === MERGER_DATE && u.id === MERGER.newUnitId));
    const fixed = new Map(laggingCommunes.filter((l) => l.inspectionDate.startsWith(String(year))).map((l) => [l.unitId, l.inspectionDate]));
    for (const [unitId] of fixed) if (!due.some((u) => u.id === unitId)) due.push(units.find((u) => u.id === unitId) as Unit);
    const free = rng.shuffle(due.filter((u) => !fixed.has(u.id)));

    const dated: { unit: Unit; date: string; status: InspectionPlanEntry['status'] }[] = [];
    for (const [unitId, date] of fixed) dated.push({ unit: units.find((u) => u.id === unitId) as Unit, date, status: 'finalised' });
    const spread = (list: Unit[], from: string, days: number, status: InspectionPlanEntry['status']) =>
      list.forEach((unit, k) => {
        const day = Math.round(((k + 0.5) * days) / list.length) + rng.int(-3, 3);
        dated.push({ unit, date: nextWorkday(addDays(from, day)), status });
      });
    if (year < 2025) spread(free, `${year}-03-02`, 265, 'finalised');
    else {
      const done = free.slice(0, 6);
      const current = free[6];
      spread(done, '2025-03-03', 112, 'finalised');
      if (current) dated.push({ unit: current, date: '2025-07-01', status: 'in_progress' });
      spread(free.slice(7), '2025-08-04', 105, 'planned');
    }
    dated
      .sort((a, b) => a.date.localeCompare(b.date) || a.unit.id.localeCompare(b.unit.id))
      .forEach(({ unit, date, status }, k) =>
        plan.push({
          unitId: unit.id,
          unitWord: unitWord(unit),
          unitLabel: `${unitWord(unit)} ${unit.name}`,
          plannedDate: date,
          status,
          teamId: k % 2 === 0 ? 'doan-1' : 'doan-2',
        }),
      );
  }
  return plan;
}

/** The default dataset: Thường Tín district, January 2020 – June 2025. */
export function createThuongTinDataset(seed: number = THUONG_TIN_SEED): Dataset {
  const meta = thuongTinMeta;
  const months = monthsBetween(meta.coverage.from, meta.coverage.to);
  const units = thuongTinUnits.map((u) => ({ ...u, predecessorIds: [...u.predecessorIds] }));
  const core = buildCore({ seed, months, units, fields: thuongTinFields, compact: false, specFor: specFor(months) });
  return assembleDataset({ seed, meta, units, core, plan: inspectionPlan(seed, units), parIndex: thuongTinParIndex(seed) });
}
