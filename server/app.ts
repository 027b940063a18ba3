// The reference server: Fastify 5 because its zod type provider lets the contract's own schemas in
// src/api both validate every request and serialize every response (an answer that breaks the
// contract is a 500 here, not a surprise in the browser), and because helmet, rate limiting,
// multipart and static files are maintained plugins of the same project.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { clipMiddle } from '../src/domain/clip';
import type { Database } from './db/database';
import { AnswerCache } from './http/answer-cache';
import { ApiError, MESSAGES, unauthorized, validationError } from './http/errors';
import { bearerToken, requireRole, userForToken } from './http/session';
import { serializeChecked } from './http/serialize';
import { validatorCompiler } from './http/validation';
import { hasWarmUpKey, newWarmUpKey, warmUp, warmUpUser, type WarmUpReport } from './http/warm-up';
import { registerRoutes } from './routes';

export interface AppOptions {
  db: Database;
  /** The production build to serve beside the API (absent or missing: the API alone). */
  distDir?: string | undefined;
  /** Where evidence files are kept. */
  evidenceDir?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Sign-in attempts per minute per client address and user name. */
  loginLimit?: number;
  /** Fastify's trustProxy: behind a load balancer, the client address comes from X-Forwarded-For. */
  trustProxy?: boolean | string;
  /** Memory for the aggregate answers kept between requests (server/http/answer-cache.ts); 0: none. */
  answerCacheBytes?: number | undefined;
}

/** 256 MiB: the national by-unit answers are about 4 MiB each, Thường Tín's a few KiB. */
export const ANSWER_CACHE_BYTES = 256 * 1024 * 1024;

/** JSON bodies up to 1 MiB: the largest inspection (every criterion with a long note) is far below. */
export const BODY_LIMIT = 1024 * 1024;

/** Request logs never carry a password or a token. */
export const LOG_REDACT = ['req.headers.authorization', 'req.headers["x-cchc-warm-up"]', 'req.headers.cookie', 'req.body.password', 'body.password', 'password', 'token'];

declare module 'fastify' {
  interface FastifyInstance {
    /** The aggregate answers kept between requests (its counts and keys, for the log and the tests). */
    answerCache: AnswerCache;
    /** Computes and keeps the answers the SPA asks first (server/http/warm-up.ts); never throws. */
    warmUp(log?: (line: string) => void): Promise<WarmUpReport>;
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  // The key of this process's cache warm-up requests (server/http/warm-up.ts); they are not logged one by one.
  const warmUpKey = newWarmUpKey();
  const app = Fastify({
    logger: opts.logger ?? false,
    logController: new LogController({
      disableRequestLogging: (req: { headers: Record<string, string | string[] | undefined> }) => hasWarmUpKey(req.headers, warmUpKey),
    }),
    bodyLimit: BODY_LIMIT,
    // Repeated query keys: the last one wins, as in the mock (and no arrays the schemas do not expect).
    // A long id is an unknown record (404 with its echo cut, as in the mock), not a 414.
    routerOptions: { querystringParser: (s: string) => Object.fromEntries(new URLSearchParams(s)), maxParamLength: 10_000 },
    trustProxy: opts.trustProxy ?? false,
  });
  app.setValidatorCompiler(validatorCompiler);
  // The contract's response schema checks every answer (server/http/serialize.ts).
  app.setSerializerCompiler(({ schema, method, url }) => (data) => serializeChecked(schema as z.ZodType, data, method, url));
  app.decorateRequest('user', null);

  // The answer cache, and its warm-up at start (server/http/warm-up.ts): main.ts calls app.warmUp()
  // after listen, without waiting for it; the requests it makes carry warmUpKey.
  const answers = new AnswerCache(opts.answerCacheBytes ?? ANSWER_CACHE_BYTES);
  let closing = false;
  app.addHook('onClose', async () => {
    closing = true;
  });
  // Other requests in flight: the warm-up lets them go first (with PGlite a query holds the one thread).
  const others = new WeakSet<FastifyRequest>();
  let inFlight = 0;
  const done = async (req: FastifyRequest) => {
    if (others.delete(req)) inFlight--;
  };
  app.addHook('onRequest', async (req) => {
    if (hasWarmUpKey(req.headers, warmUpKey)) return;
    others.add(req);
    inFlight++;
  });
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
  app.decorate('answerCache', answers);
  app.decorate('warmUp', (log?: (line: string) => void) =>
    warmUp(app, { key: warmUpKey, answers, log, closing: () => closing, idle: () => inFlight === 0 }),
  );

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes and <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, { global: false });

  app.setErrorHandler((err: Error & { code?: string; statusCode?: number }, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(err.body);
    const body = (code: 'validation' | 'server', message: string, fields?: Record<string, string[]>) => ({
      error: { code, message, ...(fields ? { fields } : {}) },
    });
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.code(422).send(validationError({ '': [MESSAGES.invalidJson] }).body);
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(422).send(validationError({ '': [MESSAGES.missingBody] }).body);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(body('validation', `${MESSAGES.tooLarge} (tối đa ${BODY_LIMIT / 1024} KB)`));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send(body('validation', MESSAGES.mediaType));
    }
    if (err instanceof SyntaxError && err.statusCode === 400)
      return reply.code(422).send(validationError({ '': [MESSAGES.invalidJson] }).body);
    if (err.statusCode === 429) return reply.code(429).send(body('validation', MESSAGES.tooManyLogins));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return reply.code(err.statusCode).send(body('validation', err.message));
    req.log.error({ err }, 'request failed');
    return reply.code(500).send(body('server', MESSAGES.server));
  });

  // Who is calling: every /api route except the public ones needs a live session (401), and a
  // route's roles are checked before its input is (403 before 422, as in the mock).
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config.access;
    if (!req.url.startsWith('/api/') || access === 'public' || !req.routeOptions.url) return;
    const warming = warmUpUser(req, warmUpKey);
    if (warming) {
      req.user = warming;
      return;
    }
    const token = bearerToken(req);
    const user = token ? await userForToken(opts.db, token) : null;
    if (!user) throw unauthorized();
    req.user = user;
    if (access) requireRole(user, access, req.routeOptions.config.roleMessage);
  });

  await app.register(
    async (api) => {
      await registerRoutes(api.withTypeProvider<ZodTypeProvider>(), {
        db: opts.db,
        evidenceDir: opts.evidenceDir,
        loginLimit: opts.loginLimit ?? 10,
        answers,
      });
    },
    { prefix: '/api' },
  );

  const dist = opts.distDir && existsSync(path.join(opts.distDir, 'index.html')) ? path.resolve(opts.distDir) : null;
  if (dist) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (res, file) => {
        // Hashed file names never change; index.html must be revalidated to pick up a new build.
        res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    if (pathname === '/api' || pathname.startsWith('/api/'))
      return reply.code(404).send({ error: { code: 'not_found', message: `Không có API ${req.method} ${clipMiddle(pathname)}` } });
    // The SPA's history fallback: a page's address loads index.html; a missing file stays a 404.
    if (dist && (req.method === 'GET' || req.method === 'HEAD') && !path.extname(pathname))
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', { cacheControl: false });
    return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy');
  });

  return app;
}
