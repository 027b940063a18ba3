import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Queryable } from '../db/database';
import { serializeChecked } from './serialize';

/**
 * The aggregate endpoints' answers kept in the server's memory, as the JSON sent (checked against
 * the response schema once, when computed). An answer depends only on the statistics and on the
 * query: the key is the route and its parsed query, under the statistics' generation (table
 * stats_generation, bumped by triggers on every table the aggregates read — the seed, an import by
 * command or upload, any other write). A request reads the generation first: one small query, then
 * a hit sends the kept bytes. Answers of an older generation are dropped as soon as a newer one is
 * seen, so a change is never answered from before it: the generation moves in the writing
 * transaction, visible with its data; a request that read the older one started before the commit.
 * Several servers behind a load balancer each keep their own, all told by the same database.
 *
 * Bounded by bytes (least recently used out first); `maxBytes` 0 turns it off.
 */
export class AnswerCache {
  private generation: string | null = null;
  private readonly entries = new Map<string, Buffer>();
  private readonly pending = new Map<string, Promise<Buffer>>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  readonly maxBytes: number;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The keys of the answers kept now (route and parsed query, as `sendCached` makes them), least recently used first. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The bytes of the answers kept now. */
  get keptBytes(): number {
    return this.bytes;
  }

  /** Drops everything kept (a new generation). */
  clear(): void {
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  /** The kept answer of `key`, or `compute` run once for concurrent askers and kept. */
  async answer(generation: string, key: string, compute: () => Promise<Buffer>): Promise<Buffer> {
    if (this.maxBytes <= 0) return compute();
    if (generation !== this.generation) {
      // An older reader finishing late must not bring back answers of a generation already left.
      if (this.generation !== null && BigInt(generation) < BigInt(this.generation)) return compute();
      this.clear();
      this.generation = generation;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    this.misses++;
    const p = compute();
    this.pending.set(key, p);
    try {
      const buf = await p;
      // Only if no newer generation arrived meanwhile.
      if (this.generation === generation && buf.length <= this.maxBytes) {
        this.entries.set(key, buf);
        this.bytes += buf.length;
        for (const [k, b] of this.entries) {
          if (this.bytes <= this.maxBytes) break;
          this.entries.delete(k);
          this.bytes -= b.length;
        }
      }
      return buf;
    } finally {
      if (this.pending.get(key) === p) this.pending.delete(key);
    }
  }
}

/** The statistics' generation (migration 006). */
export async function statsGeneration(db: Queryable): Promise<string> {
  const [row] = await db.query<{ n: string | number }>('SELECT n FROM stats_generation');
  return String(row?.n ?? 0);
}

/**
 * Sends a GET's 200 answer from `cache`, or from `compute` (its errors — a 422 for a bad period — are
 * thrown as usual and never kept), checked against `schema` and serialized once; later requests with
 * the same route and parsed query get the same bytes.
 */
export async function sendCached<S extends z.ZodType>(
  { db, answers }: { db: Queryable; answers: AnswerCache },
  req: FastifyRequest,
  reply: FastifyReply,
  schema: S,
  compute: () => Promise<z.input<S>>,
): Promise<void> {
  const generation = await statsGeneration(db);
  const url = req.routeOptions.url ?? req.url;
  const body = await answers.answer(generation, `${url}?${JSON.stringify(req.query)}`, async () =>
    Buffer.from(serializeChecked(schema, await compute(), req.method, url)),
  );
  // Bytes are sent as they are: the schema's serializer does not run again.
  reply.type('application/json; charset=utf-8').send(body);
}
