import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../src/api/client';
import { actionQueries } from '../../src/lib/queries/actions';
import { authQueries } from '../../src/lib/queries/auth';
import { digitalQueries } from '../../src/lib/queries/digital';
import { dossierKeys, dossierQueries } from '../../src/lib/queries/dossiers';
import { fieldQueries } from '../../src/lib/queries/fields';
import { inspectionTemplateQueries } from '../../src/lib/queries/inspection-template';
import { inspectionQueries } from '../../src/lib/queries/inspections';
import { metaQueries } from '../../src/lib/queries/meta';
import { parIndexQueries } from '../../src/lib/queries/par-index';
import { targetQueries } from '../../src/lib/queries/targets';
import { unitQueries } from '../../src/lib/queries/units';

configureApiClient({ baseUrl: 'http://localhost/api' });
const q = { from: '2022-01', to: '2022-12', unit: 'all' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('query keys: one root per resource, generic to specific', () => {
  it("every dossier query lives under ['dossiers'], so invalidating the root reaches all four", async () => {
    const client = new QueryClient();
    for (const o of [dossierQueries.summary(q), dossierQueries.byMonth(q), dossierQueries.byUnit(q), dossierQueries.byField(q)]) {
      client.setQueryData(o.queryKey, [] as never);
    }
    client.setQueryData(targetQueries.year(2022).queryKey, [] as never);
    await client.invalidateQueries({ queryKey: dossierKeys.all });
    const invalid = client.getQueryCache().findAll({ predicate: (x) => x.state.isInvalidated });
    expect(invalid.map((x) => x.queryKey[1]).sort()).toEqual(['by-field', 'by-month', 'by-unit', 'summary']);
    expect(dossierKeys.summary(q)).toEqual(['dossiers', 'summary', q]);
  });

  it('no two resources share a root', () => {
    const roots = [
      dossierQueries.summary(q),
      actionQueries.list(),
      authQueries.me(),
      digitalQueries.summary(q),
      fieldQueries.list(),
      inspectionTemplateQueries.current(),
      inspectionQueries.list(),
      metaQueries.current(),
      parIndexQueries.years(),
      targetQueries.year(2022),
      unitQueries.all(),
    ].map((o) => o.queryKey[0]);
    expect(new Set(roots).size).toBe(roots.length);
  });
});

describe('a cancelled query aborts its request', () => {
  it.each([
    ['dossiers summary', () => dossierQueries.summary(q)],
    ['meta', () => metaQueries.current()],
    ['auth me', () => authQueries.me()],
    ['targets', () => targetQueries.year(2022)],
    ['units', () => unitQueries.all()],
    ['inspections', () => inspectionQueries.list({ year: 2022 })],
  ])('%s: the signal fetch got is aborted by cancelQueries', async (_name, options) => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        signal = init.signal ?? undefined;
        // Never answers by itself: only the abort ends it.
        return new Promise<Response>((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }),
    );
    const client = new QueryClient();
    const o = options();
    const pending = client.fetchQuery(o as never).catch(() => undefined);
    await vi.waitFor(() => expect(signal).toBeDefined());
    expect(signal?.aborted).toBe(false);
    await client.cancelQueries({ queryKey: o.queryKey });
    await pending;
    expect(signal?.aborted).toBe(true);
  });
});
