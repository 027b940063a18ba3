import type { Dataset } from './dataset';
import { createNationalDataset } from './national';
import { createThuongTinDataset } from './thuong-tin';

export type DatasetName = 'thuong-tin' | 'national';

const cache = new Map<DatasetName, Dataset>();

/** The dataset with its default seed, generated on first use and kept. */
export function getDataset(name: DatasetName): Dataset {
  let ds = cache.get(name);
  if (!ds) {
    ds = name === 'national' ? createNationalDataset() : createThuongTinDataset();
    cache.set(name, ds);
  }
  return ds;
}

export { createNationalDataset, NATIONAL_SEED, NATIONAL_ROOT_ID } from './national';
export { createThuongTinDataset, THUONG_TIN_SEED, DISTRICT_2022_RECEIVED } from './thuong-tin';
export { isUnitValidAt } from './aggregate';
export type { AggregateQuery, Dataset, DemoUser, Team } from './dataset';
