import { badRequest } from './errors.ts';

/** `If-Match: "7"` → 7. Absent → null; anything else is a 400. */
export function ifMatchVersion(header: string | undefined): number | null {
  if (header === undefined) return null;
  const m = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!m) throw badRequest('If-Match must be the quoted version from the ETag, e.g. "3"');
  return Number(m[1]);
}
