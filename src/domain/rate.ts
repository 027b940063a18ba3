/**
 * A share from 0 to 1, or null when its denominator is empty ("no data": shown as "—", never 0 %).
 * Over several units or months a rate is always Σ numerators ÷ Σ denominators.
 */
export type Rate = number | null;

export function rate(numerator: number, denominator: number): Rate {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return numerator / denominator;
}

/** Σ numerators ÷ Σ denominators over rows; never an average of the rows' rates. */
export function pooledRate<T>(rows: readonly T[], numerator: (row: T) => number, denominator: (row: T) => number): Rate {
  let n = 0;
  let d = 0;
  for (const row of rows) {
    n += numerator(row);
    d += denominator(row);
  }
  return rate(n, d);
}
