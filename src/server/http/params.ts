import { badRequest, notFound } from './errors.ts';

/** Path ids are positive integers; anything else cannot name a record. */
export function idParam(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw notFound(`record "${raw.slice(0, 40)}"`);
  const id = Number(raw);
  if (id < 1) throw badRequest('id must be a positive integer');
  return id;
}
