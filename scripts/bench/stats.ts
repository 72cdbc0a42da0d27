/** Nearest-rank percentile of an ascending-sorted sample. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  /** Median absolute deviation over the median: a rough noise figure. */
  spread: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const deviations = sorted.map((x) => Math.abs(x - p50)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50,
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    spread: p50 ? percentile(deviations, 50) / p50 : NaN,
  };
}

export const ms = (v: number) =>
  Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) : '-';

/** Terminal columns: CJK characters take two. */
const widthOf = (s: string) =>
  [...s].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );
const pad = (s: string, w: number, right: boolean) =>
  right ? ' '.repeat(Math.max(0, w - widthOf(s))) + s : s + ' '.repeat(Math.max(0, w - widthOf(s)));

/** A plain fixed-width table; numbers right-aligned, text left-aligned. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => widthOf(r[i] ?? ''))));
  const numeric = head.map((_, i) => rows.every((r) => /^[-+]?[\d.,x%<>≤]*$|^-$/.test(String(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, width[i]!, numeric[i]!))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
