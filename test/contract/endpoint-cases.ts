import type { Endpoint } from '../../src/api/contract';
import type { Role } from '../../src/api/common';
import type { Action } from '../../src/api/actions';
import type { Inspection } from '../../src/api/inspections';
import type { Targets } from '../../src/api/targets';
import { createAction, deleteAction, getActions, patchAction } from '../../src/api/actions';
import { getMe, login, logout } from '../../src/api/auth';
import { getEvidenceBlob, uploadEvidence, type Evidence } from '../../src/api/evidence';
import { getDigitalByMonth, getDigitalByUnit, getDigitalRanking, getDigitalSummary } from '../../src/api/digital';
import { getDossierSummary, getDossiersByField, getDossiersByMonth, getDossiersByUnit } from '../../src/api/dossiers';
import { getFeedbackSummary } from '../../src/api/feedback';
import { getFields } from '../../src/api/fields';
import { getInspectionTemplate } from '../../src/api/inspection-template';
import {
  createInspection,
  deleteInspection,
  getInspection,
  getInspections,
  patchInspection,
} from '../../src/api/inspections';
import { getMeta } from '../../src/api/meta';
import { getParIndex } from '../../src/api/par-index';
import { getTargets, putTargets } from '../../src/api/targets';
import { getTeams } from '../../src/api/teams';
import { getUnits } from '../../src/api/units';
import { actionFields, communeId, dataset, inspectionBody, PASSWORD, teams, userOf } from './helpers';

export type Caller = Role | 'public';

export interface Fixture {
  evidence?: Evidence;
  inspection?: Inspection;
  action?: Action;
  targets?: Targets;
}

/**
 * One call per endpoint of src/api/contract.ts, through the typed fetchers. `prepare` runs first,
 * signed in as the secretariat and with no fault, to create what the call needs for `caller`.
 */
export interface EndpointCase {
  prepare?: (caller: Caller) => Promise<Fixture>;
  call: (caller: Caller, fx: Fixture) => Promise<unknown>;
}

export const endpointKey = (e: Pick<Endpoint, 'method' | 'path'>) => `${e.method.toUpperCase()} ${e.path}`;

const period = () => dataset().meta.defaultPeriod;

/** The first bytes of a PNG and a little more: what the backends check a photo by. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode('rest of a picture')]);
export const pngFile = (name = 'anh-hien-truong.png') => new File([PNG_BYTES], name, { type: 'image/png' });

const inspectionFor = () => createInspection(inspectionBody(teams().own));

const need = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new Error(`fixture without ${what}`);
  return v;
};

export const endpointCases: Record<string, EndpointCase> = {
  'POST /auth/login': { call: () => login({ username: userOf('secretariat').username, password: PASSWORD }) },
  'GET /auth/me': { call: () => getMe() },
  'POST /auth/logout': { call: () => logout() },
  'GET /meta': { call: () => getMeta() },
  'GET /units': { call: () => getUnits({ at: '2025-01-01' }) },
  'GET /fields': { call: () => getFields() },
  'GET /dossiers/summary': { call: () => getDossierSummary(period()) },
  'GET /dossiers/by-month': { call: () => getDossiersByMonth({ ...period(), level: 'commune' }) },
  'GET /dossiers/by-unit': { call: () => getDossiersByUnit(period()) },
  'GET /dossiers/by-field': { call: () => getDossiersByField({ ...period(), unit: communeId() }) },
  'GET /digital/summary': { call: () => getDigitalSummary({ ...period(), unit: communeId() }) },
  'GET /digital/by-unit': { call: () => getDigitalByUnit(period()) },
  'GET /digital/by-month': { call: () => getDigitalByMonth({ ...period(), unit: communeId() }) },
  'GET /digital/ranking': { call: () => getDigitalRanking({ ...period(), level: 'commune', page: 2, pageSize: 5, around: communeId() }) },
  'GET /targets': { call: () => getTargets(Number(period().to.slice(0, 4))) },
  'PUT /targets/{year}': {
    prepare: async () => ({ targets: await getTargets(2025) }),
    call: (_, fx) => {
      const t = need(fx.targets, 'targets');
      return putTargets(2025, { version: t.version, values: { ...t.values, onTimeRate: 0.99 } });
    },
  },
  'GET /feedback/summary': { call: () => getFeedbackSummary(period()) },
  'GET /par-index': { call: () => getParIndex() },
  'GET /inspection-template': { call: () => getInspectionTemplate() },
  'GET /teams': { call: () => getTeams() },
  'GET /inspections': { call: () => getInspections({ year: 2024 }) },
  'POST /inspections': { call: () => inspectionFor() },
  'GET /inspections/{id}': {
    call: () => getInspection(need(dataset().seedInspections[0], 'seed inspection').id),
  },
  'PATCH /inspections/{id}': {
    prepare: async () => ({ inspection: await inspectionFor() }),
    call: (_, fx) => {
      const i = need(fx.inspection, 'inspection');
      return patchInspection(i.id, { version: i.version, status: 'in_progress', startDate: '2025-05-20' });
    },
  },
  'DELETE /inspections/{id}': {
    prepare: async () => ({ inspection: await inspectionFor() }),
    call: (_, fx) => {
      const i = need(fx.inspection, 'inspection');
      return deleteInspection(i.id, i.version);
    },
  },
  'POST /evidence': { call: () => uploadEvidence(pngFile()) },
  'GET /evidence/{id}': {
    prepare: async () => ({ evidence: await uploadEvidence(pngFile()) }),
    call: (_, fx) => getEvidenceBlob(need(fx.evidence, 'evidence').id),
  },
  'GET /actions': { call: () => getActions({ status: 'in_progress' }) },
  'POST /actions': {
    prepare: async () => ({ inspection: await inspectionFor() }),
    call: (_, fx) => {
      const i = need(fx.inspection, 'inspection');
      return createAction({ inspectionId: i.id, findingId: 'f-1', ownerUnitId: i.unitId, ...actionFields });
    },
  },
  'PATCH /actions/{id}': {
    prepare: async () => {
      const inspection = await inspectionFor();
      const action = await createAction({
        inspectionId: inspection.id,
        findingId: 'f-1',
        ownerUnitId: inspection.unitId,
        ...actionFields,
      });
      return { inspection, action };
    },
    call: (_, fx) => {
      const a = need(fx.action, 'action');
      return patchAction(a.id, { version: a.version, status: 'in_progress', note: 'Đã giao văn phòng UBND xã' });
    },
  },
  'DELETE /actions/{id}': {
    prepare: async () => {
      const inspection = await inspectionFor();
      const action = await createAction({ inspectionId: inspection.id, findingId: 'f-1', ownerUnitId: inspection.unitId, ...actionFields });
      return { inspection, action };
    },
    call: (_, fx) => {
      const a = need(fx.action, 'action');
      return deleteAction(a.id, a.version);
    },
  },
};

/** The callers that may use an endpoint, as the contract says. */
export function callersOf(e: Endpoint): Caller[] {
  if (e.roles === 'public') return ['public'];
  return e.roles ?? ['leader', 'inspector', 'secretariat'];
}
