import { getDataset } from './data';
import type { Dataset } from './data/dataset';

/**
 * Which generated dataset the mock backend serves: 'thuong-tin' (default) or 'national' (about
 * 3,300 communes, for scale). Chosen by `?dataset=national` (kept in sessionStorage), by
 * `VITE_MOCK_DATASET`, or in tests by `setActiveDataset`.
 */
export const datasetNames = ['thuong-tin', 'national'] as const;
export type DatasetName = (typeof datasetNames)[number];

export const datasetLabels: Record<DatasetName, string> = {
  'thuong-tin': 'Huyện Thường Tín (mặc định)',
  national: 'Toàn quốc (khoảng 3.300 xã)',
};

export const DATASET_STORAGE_KEY = 'cchc-mock:dataset';

export const isDatasetName = (v: unknown): v is DatasetName =>
  typeof v === 'string' && (datasetNames as readonly string[]).includes(v);

function fromEnv(): DatasetName {
  const v: unknown = import.meta.env?.VITE_MOCK_DATASET;
  return isDatasetName(v) ? v : 'thuong-tin';
}

let active: DatasetName = fromEnv();
const cache = new Map<DatasetName, Dataset>();

export function getActiveDatasetName(): DatasetName {
  return active;
}

export function setActiveDataset(name: DatasetName): void {
  active = name;
}

/** The dataset being served (generated once per name). */
export function activeDataset(): Dataset {
  const cached = cache.get(active);
  if (cached) return cached;
  const ds: Dataset = getDataset(active);
  cache.set(active, ds);
  return ds;
}

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Reads `?dataset=` (which wins and is remembered for the tab) or the tab's remembered choice. */
export function initDatasetFromLocation(): DatasetName {
  const fromUrl = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('dataset');
  const s = session();
  if (isDatasetName(fromUrl)) {
    active = fromUrl;
    try {
      s?.setItem(DATASET_STORAGE_KEY, fromUrl);
    } catch {
      // ignore
    }
    return active;
  }
  const stored = s?.getItem(DATASET_STORAGE_KEY);
  active = isDatasetName(stored) ? stored : fromEnv();
  return active;
}
