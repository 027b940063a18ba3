import {
  DATASET_STORAGE_KEY,
  datasetLabels,
  datasetNames,
  getActiveDatasetName,
  type DatasetName,
} from './active-dataset';
import { faultLabels, faultNames, getFault, isFaultName, setFault } from './faults';
import { resetStore } from './store';

/**
 * The mock backend's small control box: fixed at the bottom-left corner, collapsed to one line,
 * plain DOM (no React) so it lives outside the app. It switches the fault scenario at once and the
 * dataset by reloading with `?dataset=`. Light or dark with the app's colour scheme. Hidden when printing.
 */
const ROOT_ID = 'mock-dev-panel';
/** The app's dark scheme: Mantine writes it on <html>, so the panel follows the app's toggle, not only the system. */
const DARK = `:root[data-mantine-color-scheme='dark']`;

const CSS = `
#${ROOT_ID}{position:fixed;left:8px;bottom:8px;z-index:2147483000;font:12px/1.4 system-ui,sans-serif;color:#1a1b1e;max-width:260px;color-scheme:light}
#${ROOT_ID} details{background:#fff;border:1px solid #868e96;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.2)}
#${ROOT_ID} summary{cursor:pointer;padding:3px 8px;list-style-position:inside;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#${ROOT_ID}[data-fault-active="true"] summary{background:#fff3bf;color:#5c3c00;font-weight:600;border-radius:6px}
#${ROOT_ID} .cchc-mock-body{display:grid;gap:4px;padding:6px 8px 8px}
#${ROOT_ID} label{font-weight:600}
#${ROOT_ID} select,#${ROOT_ID} button{font:inherit;color:#1a1b1e;background:#fff;border:1px solid #868e96;border-radius:4px;padding:2px 4px}
#${ROOT_ID} button{cursor:pointer;margin-top:4px}
${DARK} #${ROOT_ID}{color:#c9c9c9;color-scheme:dark}
${DARK} #${ROOT_ID} details{background:#2e2e2e;border-color:#696969;box-shadow:0 1px 4px rgba(0,0,0,.6)}
${DARK} #${ROOT_ID}[data-fault-active="true"] summary{background:#5c3c00;color:#fff3bf}
${DARK} #${ROOT_ID} select,${DARK} #${ROOT_ID} button{color:#c9c9c9;background:#242424;border-color:#828282}
@media print{#${ROOT_ID}{display:none}}
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function select<T extends string>(id: string, values: readonly T[], labels: Record<T, string>, value: T) {
  const s = el('select', { id });
  for (const v of values) {
    const option = el('option', { value: v }, labels[v]);
    option.selected = v === value;
    s.append(option);
  }
  return s;
}

/** Adds the panel to the page (once). */
export function mountDevPanel(): void {
  if (typeof document === 'undefined') return;
  if (!document.body) {
    document.addEventListener('DOMContentLoaded', () => mountDevPanel(), { once: true });
    return;
  }
  if (document.getElementById(ROOT_ID)) return;

  const style = el('style', {}, CSS);
  const summary = el('summary');
  const faultSelect = select('cchc-mock-fault', faultNames, faultLabels, getFault());
  const datasetSelect = select('cchc-mock-dataset', datasetNames, datasetLabels, getActiveDatasetName());
  const resetButton = el('button', { type: 'button' }, 'Khôi phục dữ liệu mẫu');

  const root = el(
    'aside',
    { id: ROOT_ID, 'aria-label': 'Máy chủ giả lập (chỉ khi phát triển)' },
    style,
    el(
      'details',
      {},
      summary,
      el(
        'div',
        { class: 'cchc-mock-body' },
        el('label', { for: faultSelect.id }, 'Giả lập lỗi'),
        faultSelect,
        el('label', { for: datasetSelect.id }, 'Bộ dữ liệu'),
        datasetSelect,
        resetButton,
      ),
    ),
  );

  const render = () => {
    const fault = getFault();
    root.dataset.faultActive = String(fault !== 'none');
    summary.textContent = fault === 'none' ? 'Máy chủ giả lập' : `Giả lập: ${faultLabels[fault]}`;
  };

  faultSelect.addEventListener('change', () => {
    if (isFaultName(faultSelect.value)) setFault(faultSelect.value);
    render();
  });
  datasetSelect.addEventListener('change', () => {
    const name = datasetSelect.value as DatasetName;
    try {
      sessionStorage.setItem(DATASET_STORAGE_KEY, name);
    } catch {
      // the URL flag below still carries it
    }
    const url = new URL(location.href);
    url.searchParams.set('dataset', name);
    location.assign(url.toString());
  });
  resetButton.addEventListener('click', () => {
    if (!confirm('Xóa mọi thay đổi đã ghi vào máy chủ giả lập và tải lại trang?')) return;
    resetStore();
    location.reload();
  });

  render();
  document.body.append(root);
}
