import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { errorMap, issuesToFields } from '../../src/api/validation-messages';
import { MESSAGES, validationError } from './errors';

/**
 * Fastify's request validator from the contract's zod schemas, with the contract's answer: a 422
 * with Vietnamese messages per field (Fastify's own would be a 400 in its own shape).
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    if (httpPart === 'body' && (data === undefined || data === null)) return { error: validationError({ '': [MESSAGES.missingBody] }) };
    const parsed = schema.safeParse(data, { error: errorMap });
    if (parsed.success) return { value: parsed.data };
    return { error: validationError(issuesToFields(parsed.error.issues)) };
  };
