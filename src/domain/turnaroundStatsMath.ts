// The two pieces of arithmetic the turnaround figures share with PostgreSQL, so
// the SQL aggregates and these reference definitions give the same digits:
// percentile_cont's interpolation and round(x::numeric, n).

/**
 * The `fraction` percentile of `values` with linear interpolation between
 * ranks, as PostgreSQL's `percentile_cont(fraction) WITHIN GROUP (ORDER BY v)`
 * over double precision: position = fraction × (n − 1); between the two
 * neighbouring ranks low and high, low + (high − low) × (position − ⌊position⌋),
 * written in that order so the floating-point result is PostgreSQL's own.
 * null for no values (PostgreSQL's NULL).
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  const ranks = percentileRanks(values.length, fraction);
  if (ranks === null) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return interpolateRanks(ranks, sorted[ranks.lowRank]!, sorted[ranks.highRank]!);
}

export interface PercentileRanks {
  /** fraction × (n − 1). */
  position: number;
  /** The 0-based ranks (ascending order) whose values percentile_cont interpolates; equal when position is whole. */
  lowRank: number;
  highRank: number;
}

/**
 * Which two values of n sorted ones percentile_cont(fraction) reads, so a
 * caller that can fetch a value by its rank (sql/stats/percentiles.ts) need not
 * sort them all. null for n = 0. Throws RangeError for a fraction outside [0, 1].
 */
export function percentileRanks(n: number, fraction: number): PercentileRanks | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`percentile must be within [0, 1], got ${fraction}`);
  if (n === 0) return null;
  const position = fraction * (n - 1);
  return { position, lowRank: Math.floor(position), highRank: Math.ceil(position) };
}

/** The interpolation between the values at lowRank and highRank, in PostgreSQL's order of operations. */
export function interpolateRanks(ranks: PercentileRanks, low: number, high: number): number {
  if (ranks.highRank === ranks.lowRank) return low;
  return low + (high - low) * (ranks.position - ranks.lowRank);
}

/**
 * `x` rounded to `places` decimals as PostgreSQL's `round(x::numeric, places)`:
 * the double is first read as 15 significant digits (what float8 → numeric
 * keeps), then rounded half away from zero. So 1.005 gives 1.01 and 0.145
 * gives 0.15, where Math.round(x * 100) / 100 would give 1 and 0.14.
 */
export function roundAsPostgres(x: number, places: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`);
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`places must be an integer >= 0, got ${places}`);
  const sign = x < 0 ? -1 : 1;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  // The first digit is worth 10^exponent; `keep` digits reach down to 10^-places.
  const keep = Number(exponent) + 1 + places;
  if (keep >= digits.length) return sign * Number(Math.abs(x).toPrecision(15));
  if (keep < 0) return 0;
  let scaled = keep === 0 ? 0 : Number(digits.slice(0, keep));
  if (digits[keep]! >= '5') scaled += 1;
  return (sign * scaled) / 10 ** places;
}
