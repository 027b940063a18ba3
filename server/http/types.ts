import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import type { AnswerCache } from './answer-cache';

/** The /api plugin: routes typed from their zod schemas. */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface Deps {
  db: Database;
  evidenceDir?: string | undefined;
  loginLimit: number;
  /** The aggregate answers kept between requests. */
  answers: AnswerCache;
}
