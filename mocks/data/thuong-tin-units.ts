import type { Unit } from '../../src/api/units';
import { foldVietnamese } from '../../src/domain/text';
import { rootOffice } from './standing-unit';

/** ASCII slug of a Vietnamese name: "Thư Phú" → "thu-phu". */
export function slugify(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const DISTRICT_UNIT_ID = 'huyen-thuong-tin';
export const MERGER_DATE = '2025-01-01';
const BEFORE = '2019-01-01';
const LAST_DAY_BEFORE_MERGER = '2024-12-31';

/**
 * The town and the 28 xã with plausible populations (the district has about a quarter of a million
 * people). `population` is the unit's population as it stands now; for Chương Dương, which took in
 * Thư Phú on 01/01/2025, `populationBefore2025` is what the dossier generator uses before the merger.
 */
const communes: { name: string; kind: 'town' | 'commune'; population: number }[] = [
  { name: 'Thường Tín', kind: 'town', population: 12_800 },
  { name: 'Chương Dương', kind: 'commune', population: 9_600 },
  { name: 'Dũng Tiến', kind: 'commune', population: 8_200 },
  { name: 'Duyên Thái', kind: 'commune', population: 11_900 },
  { name: 'Hà Hồi', kind: 'commune', population: 12_400 },
  { name: 'Hiền Giang', kind: 'commune', population: 5_300 },
  { name: 'Hòa Bình', kind: 'commune', population: 6_900 },
  { name: 'Hồng Vân', kind: 'commune', population: 7_800 },
  { name: 'Khánh Hà', kind: 'commune', population: 13_600 },
  { name: 'Lê Lợi', kind: 'commune', population: 7_400 },
  { name: 'Liên Phương', kind: 'commune', population: 6_500 },
  { name: 'Minh Cường', kind: 'commune', population: 9_900 },
  { name: 'Nghiêm Xuyên', kind: 'commune', population: 7_100 },
  { name: 'Nguyễn Trãi', kind: 'commune', population: 10_800 },
  { name: 'Nhị Khê', kind: 'commune', population: 9_200 },
  { name: 'Ninh Sở', kind: 'commune', population: 11_200 },
  { name: 'Quất Động', kind: 'commune', population: 8_600 },
  { name: 'Tân Minh', kind: 'commune', population: 10_300 },
  { name: 'Thắng Lợi', kind: 'commune', population: 5_900 },
  { name: 'Thống Nhất', kind: 'commune', population: 6_200 },
  { name: 'Thư Phú', kind: 'commune', population: 5_600 },
  { name: 'Tiền Phong', kind: 'commune', population: 6_700 },
  { name: 'Tô Hiệu', kind: 'commune', population: 10_100 },
  { name: 'Tự Nhiên', kind: 'commune', population: 9_400 },
  { name: 'Vạn Điểm', kind: 'commune', population: 6_800 },
  { name: 'Văn Bình', kind: 'commune', population: 12_100 },
  { name: 'Văn Phú', kind: 'commune', population: 8_300 },
  { name: 'Văn Tự', kind: 'commune', population: 8_800 },
  { name: 'Vân Tảo', kind: 'commune', population: 9_000 },
];

export const communeId = (name: string, kind: 'town' | 'commune') => `${kind === 'town' ? 'tt' : 'xa'}-${slugify(name)}`;

/** Units of the 01/01/2025 merger. */
export const MERGER = {
  /** Vạn Điểm + Thống Nhất → new xã Vạn Nhất. */
  newUnitId: 'xa-van-nhat',
  newUnitSources: ['xa-van-diem', 'xa-thong-nhat'],
  /** Thư Phú → merged into Chương Dương, which continues. */
  absorbedId: 'xa-thu-phu',
  absorberId: 'xa-chuong-duong',
} as const;

/** Extra population-for-volume before 2025 (Chương Dương was smaller before it took in Thư Phú). */
export const populationBefore2025: Record<string, number> = { 'xa-chuong-duong': 9_600 };

function buildUnits(): Unit[] {
  const units: Unit[] = [];
  const list = communes.map((c) => ({ ...c, id: communeId(c.name, c.kind) }));
  const pop = (id: string) => list.find((c) => c.id === id)?.population ?? 0;
  for (const c of list) {
    const dissolvedInto =
      c.id === MERGER.absorbedId
        ? MERGER.absorberId
        : (MERGER.newUnitSources as readonly string[]).includes(c.id)
          ? MERGER.newUnitId
          : null;
    const isAbsorber = c.id === MERGER.absorberId;
    units.push({
      id: c.id,
      name: c.name,
      kind: c.kind,
      level: 'commune',
      population: isAbsorber ? c.population + pop(MERGER.absorbedId) : c.population,
      validFrom: BEFORE,
      validTo: dissolvedInto ? LAST_DAY_BEFORE_MERGER : null,
      successorId: dissolvedInto,
      predecessorIds: isAbsorber ? [MERGER.absorbedId] : [],
    });
  }
  units.push({
    id: MERGER.newUnitId,
    name: 'Vạn Nhất',
    kind: 'commune',
    level: 'commune',
    population: MERGER.newUnitSources.reduce((s, id) => s + pop(id), 0),
    validFrom: MERGER_DATE,
    validTo: null,
    successorId: null,
    predecessorIds: [...MERGER.newUnitSources],
  });
  return [rootOffice(DISTRICT_UNIT_ID, 'UBND huyện Thường Tín', list), ...units];
}

export const thuongTinUnits: Unit[] = buildUnits();

/**
 * The communes whose one-stop lags (90–95 % on time) from `lagFrom` until an inspection finds it,
 * after which they improve within a few months: Hà Hồi, Nhị Khê, Tân Minh and Quất Động. Each lag
 * starts after the commune's previous routine visit, and the inspection date is the one the seeded
 * inspections use, so the figures and the inspection history tell the same story.
 */
export const laggingCommunes: { unitId: string; lagFrom: string; inspectionDate: string; lateRate: number }[] = [
  { unitId: 'xa-ha-hoi', lagFrom: '2020-01', inspectionDate: '2020-09-15', lateRate: 0.085 },
  { unitId: 'xa-nhi-khe', lagFrom: '2021-01', inspectionDate: '2022-05-17', lateRate: 0.07 },
  { unitId: 'xa-tan-minh', lagFrom: '2022-01', inspectionDate: '2023-04-11', lateRate: 0.075 },
  { unitId: 'xa-quat-dong', lagFrom: '2023-01', inspectionDate: '2024-03-19', lateRate: 0.065 },
];
