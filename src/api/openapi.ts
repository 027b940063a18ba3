// The API contract as an OpenAPI 3.1 document, built from the zod schemas of this folder.
// `npm run openapi` writes it out (scripts/write-openapi.ts); the app never imports this module.
import { z } from 'zod';
import { endpoints, errorBodySchema, type Endpoint } from './contract';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

const statusText: Record<number, string> = {
  401: 'No token, or a bad or expired one',
  403: 'The role may not do this',
  404: 'No such record',
  409: 'Stale version: `error.current` holds the record as it is now',
  413: 'The file is too large: `error.fields` names the part',
  415: 'The file is not of an accepted type (told by its content): `error.fields` names the part',
  422: 'Invalid input: `error.fields` holds messages per field',
  500: 'Server error',
  507: 'The store could not keep the write (the mock: the browser store is full); nothing was saved',
};

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: (js.required ?? []).includes(name),
    schema: s,
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: m[1] === 'year' ? { type: 'integer' } : { type: 'string' },
  }));
}

const errorResponse = (status: number) => ({
  description: statusText[status] ?? 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
});

/** A multipart/form-data request body whose parts are files (OpenAPI 3.1: a string with a content media type). */
const multipartBody = ({ parts }: NonNullable<Endpoint['multipart']>) => ({
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(parts).map(([name, p]) => [name, { type: 'string', contentMediaType: 'application/octet-stream', description: p.description }]),
        ),
        required: Object.entries(parts).filter(([, p]) => p.required).map(([name]) => name),
      },
    },
  },
});

/** The contract as an OpenAPI 3.1 document. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const responses: Record<string, unknown> = e.response
      ? { '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(e.response, 'output') } } } }
      : e.binary
        ? {
            '200': {
              description: 'The bytes, with their type',
              content: Object.fromEntries(e.binary.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
            },
          }
        : { '204': { description: 'Done' } };
    const statuses = new Set([...(e.roles === 'public' ? [] : [401]), ...e.errors, 500]);
    for (const s of [...statuses].sort()) responses[String(s)] = errorResponse(s);
    const roles = e.roles === 'public' ? 'no sign-in' : e.roles ? e.roles.join(', ') : 'any signed-in user';
    paths[e.path] ??= {};
    paths[e.path]![e.method] = {
      summary: e.summary,
      description: `Roles: ${roles}.${e.roleNote ? ` ${e.roleNote}` : ''}`,
      security: e.roles === 'public' ? [] : [{ bearer: [] }],
      parameters: [...pathParameters(e.path), ...queryParameters(e.query)],
      ...(e.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(e.body, 'input') } } } }
        : {}),
      ...(e.multipart ? { requestBody: multipartBody(e.multipart) } : {}),
      responses,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'CCHC dashboard API',
      version: '1.0.0',
      description:
        'The backend the CCHC dashboard reads. Generated from the zod schemas in src/api; do not edit by hand. ' +
        'Aggregates only: the client never downloads individual dossiers. Writes carry `version`.',
    },
    servers: [{ url: '/api' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ErrorBody: jsonSchema(errorBodySchema, 'output') },
    },
    paths,
  };
}
