/** LIKE patterns built from user text must not let `%` or `_` act as wildcards. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** `%text%` for a case-insensitive contains search. */
export const containsPattern = (s: string) => `%${escapeLike(s.trim().toLowerCase())}%`;
