import type { DigitalIndicatorKey } from '../../src/api/digital';

/** camelCase → snake_case: the contract's keys as column names. */
export const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The Decision 766 ratios stored per unit × field × month in digital_monthly (summed over a period). */
export const DIGITAL_FLOW_KEYS = [
  'dossiersSynced', 'dossiersPaidOnline', 'electronicResults', 'digitisedDossiers', 'electronicCopies', 'reusedData',
  'personalDataStore', 'populationDbDossiers', 'fullyOnlineDossiers', 'complaintDossiers',
] as const satisfies readonly DigitalIndicatorKey[];

/** The procedure counts stored per unit × month in digital_procedures (a period takes its last month). */
export const DIGITAL_PROCEDURE_KEYS = [
  'proceduresPublishedOnTime', 'proceduresUpdatedOnTime', 'proceduresDisclosedComplete', 'proceduresOnline',
  'feeProceduresPayable', 'proceduresPaidOnline', 'populationDbProcedures',
] as const satisfies readonly DigitalIndicatorKey[];
