/**
 * The one source of scope words: whether the backend oversees a district (Thường Tín) or the whole
 * country (the generated national dataset), as i18next's `context`. Every text that names the scope
 * ("Toàn huyện"/"Toàn quốc", "xã, thị trấn"/"xã, phường, đặc khu", the district's PAR INDEX) passes it,
 * and the locales hold the `_national` variant beside the default one.
 */
export type ScopeContext = 'national' | undefined;

/** `meta.dataset` → the context of scope words. */
export const scopeContext = (dataset: string): ScopeContext => (dataset === 'national' ? 'national' : undefined);
