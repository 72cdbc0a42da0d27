/** One key of an audited record that an event changed. */
export interface DiffLine {
  key: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

type State = Record<string, unknown> | null | undefined;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The keys an event changed, old → new: a key only in `after` was added, one
 * only in `before` removed; keys with equal values are left out. Order: the
 * record's own (before's keys, then the new ones).
 */
export function diffStates(before: State, after: State): DiffLine[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const lines: DiffLine[] = [];
  for (const key of keys) {
    const inBefore = key in b;
    const inAfter = key in a;
    if (inBefore && inAfter) {
      if (!same(b[key], a[key])) lines.push({ key, kind: 'changed', before: b[key], after: a[key] });
    } else if (inAfter) lines.push({ key, kind: 'added', after: a[key] });
    else lines.push({ key, kind: 'removed', before: b[key] });
  }
  return lines;
}

/** A value as one line of text: strings as they are, the rest as JSON, nothing as an empty cell. */
export const valueText = (v: unknown): string => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
