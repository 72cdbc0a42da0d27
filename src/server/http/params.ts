import { z } from '@hono/zod-openapi';
import { badRequest, notFound } from './errors.ts';

/** Path ids are positive integers; anything else cannot name a record. */
function idParam(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw notFound(`record "${raw.slice(0, 40)}"`);
  const id = Number(raw);
  if (id < 1) throw badRequest('id must be a positive integer');
  return id;
}

/** `/{id}` read as a number: a path that cannot name a record is 404, as an unknown one is. */
export const idParams = z.object({
  id: z.string().transform(idParam).openapi({ type: 'integer', description: 'the record id' }),
});
