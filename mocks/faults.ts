/**
 * Fault scenarios of the mock backend, to see how the UI copes:
 * - none: normal answers
 * - slow: every answer waits 4–6 s
 * - error: every call (sign-in included) answers 500
 * - malformed: every successful JSON answer has a body that breaks the contract
 * - offline: every call fails at the network level
 * - expired: every authenticated call answers 401 (sign-in still works)
 * - conflict: every versioned write (PUT/PATCH/DELETE) answers 409 with the current record
 *
 * In the browser the scenario comes from `?mock=<name>` (kept in sessionStorage so navigation keeps
 * it; `?mock=none` clears it) or from the dev panel.
 */
export const faultNames = ['none', 'slow', 'error', 'malformed', 'offline', 'expired', 'conflict'] as const;
export type FaultName = (typeof faultNames)[number];

export const faultLabels: Record<FaultName, string> = {
  none: 'Bình thường',
  slow: 'Chậm (4–6 giây)',
  error: 'Lỗi máy chủ (500)',
  malformed: 'Dữ liệu sai định dạng',
  offline: 'Mất kết nối mạng',
  expired: 'Phiên đăng nhập hết hạn (401)',
  conflict: 'Xung đột phiên bản (409)',
};

export const FAULT_STORAGE_KEY = 'cchc-mock:fault';

export const isFaultName = (v: unknown): v is FaultName =>
  typeof v === 'string' && (faultNames as readonly string[]).includes(v);

let current: FaultName = 'none';

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function getFault(): FaultName {
  return current;
}

/** Switches the scenario; in the browser it is remembered for the tab's session. */
export function setFault(name: FaultName): void {
  current = name;
  const s = session();
  if (!s) return;
  try {
    if (name === 'none') s.removeItem(FAULT_STORAGE_KEY);
    else s.setItem(FAULT_STORAGE_KEY, name);
  } catch {
    // storage full or blocked: the scenario still holds for this page
  }
}

/** Reads `?mock=` (which wins) or the tab's remembered scenario. Called once when the worker starts. */
export function initFaultFromLocation(): FaultName {
  const fromUrl = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('mock');
  if (isFaultName(fromUrl)) {
    setFault(fromUrl);
    return current;
  }
  const stored = session()?.getItem(FAULT_STORAGE_KEY);
  current = isFaultName(stored) ? stored : 'none';
  return current;
}
