import { can } from '../../../domain/permissions.ts';
import type { Role } from '../../../domain/vocabulary.ts';

/**
 * The internal note is staff working notes about a customer: only the roles
 * with `requests.readNote` (reviewer, manager) read it. Others get the request
 * with the note blanked, as the CSV export leaves it out for them.
 */
export const withNoteFor = <T extends { internalNote: string | null }>(roles: readonly Role[], row: T): T =>
  can(roles, 'requests.readNote') ? row : { ...row, internalNote: null };
