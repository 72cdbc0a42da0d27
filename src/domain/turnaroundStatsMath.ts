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
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`percentile must be within [0, 1], got ${fraction}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lowRank = Math.floor(position);
  const highRank = Math.ceil(position);
  const low = sorted[lowRank]!;
  if (highRank === lowRank) return low;
  return low + (sorted[highRank]! - low) * (position - lowRank);
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
