import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/api/contract';
import { buildOpenApiDocument } from '../../src/api/openapi';

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, unknown>; security: unknown[] }>>;
  };

  it('is OpenAPI 3.1 and holds every endpoint of the contract', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(operations.sort()).toEqual(endpoints.map((e) => `${e.method} ${e.path}`).sort());
  });

  it('documents 401 on every endpoint but sign-in, and 409 on versioned writes', () => {
    expect(doc.paths['/auth/login']!.post!.responses['401']).toBeUndefined();
    expect(doc.paths['/auth/login']!.post!.security).toEqual([]);
    expect(doc.paths['/meta']!.get!.responses['401']).toBeDefined();
    expect(doc.paths['/inspections/{id}']!.patch!.responses['409']).toBeDefined();
    expect(doc.paths['/targets/{year}']!.put!.responses['403']).toBeDefined();
  });

  it('resolves every $ref', () => {
    const text = JSON.stringify(doc);
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) {
      const target = ref.replace(/^#\//, '').split('/').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], doc);
      expect(target, ref).toBeDefined();
    }
  });
});
