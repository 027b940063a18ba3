import { z } from 'zod';

const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .min(1, 'VITE_API_BASE_URL is empty: set it to the backend API base, e.g. /api or https://host/api')
    .default('/api'),
  VITE_API_MOCKING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

function readEnv() {
  const parsed = envSchema.safeParse(import.meta.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

/** Validated build-time settings. Mocking is off in every build but `dev` and `build:demo`. */
export const env = readEnv();
