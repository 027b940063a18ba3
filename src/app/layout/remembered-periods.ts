import { z } from 'zod';
import type { Meta } from '../../api/meta';
import { isMonth } from '../../domain/period';

// The last /meta's coverage and default period, for the pickers when /meta cannot be read (offline).
const PERIODS_KEY = 'cchc.last-periods';

export function rememberPeriods(meta: Meta) {
  try {
    localStorage.setItem(PERIODS_KEY, JSON.stringify({ coverage: meta.coverage, defaultPeriod: meta.defaultPeriod }));
  } catch {
    // storage blocked or full: the fallback then works from the URL alone
  }
}

const periodSchema = z.object({ from: z.string().refine(isMonth), to: z.string().refine(isMonth) });
const rememberedSchema = z.object({ coverage: periodSchema, defaultPeriod: periodSchema });

export function rememberedPeriods(): z.infer<typeof rememberedSchema> | null {
  try {
    const parsed = rememberedSchema.safeParse(JSON.parse(localStorage.getItem(PERIODS_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
