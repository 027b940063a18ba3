import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/api/openapi';

type Operation = { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }; responses: Record<string, { content?: Record<string, unknown> }> };

describe('the OpenAPI document: evidence files', () => {
  const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };

  it('documents POST /evidence as multipart with a required file and an optional thumbnail, and its refusals', () => {
    const op = doc.paths['/evidence']!.post!;
    const schema = op.requestBody!.content['multipart/form-data']!.schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['file', 'thumbnail']);
    expect(schema.required).toEqual(['file']);
    expect(Object.keys(op.requestBody!.content)).toEqual(['multipart/form-data']);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '401', '403', '413', '415', '422', '500', '507']);
  });

  it('documents GET /evidence/{id} as the bytes of one of the four types', () => {
    const op = doc.paths['/evidence/{id}']!.get!;
    expect(Object.keys(op.responses['200']!.content!)).toEqual(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
    expect(op.responses['404']).toBeDefined();
    expect(op.requestBody).toBeUndefined();
  });
});
