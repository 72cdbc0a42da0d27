import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';

/** Every refusal: `{ message, errors? }`, some with a `code` and facts of their own (a conflict's current record, a gate list). */
const errorSchema = z
  .looseObject({
    message: z.string(),
    errors: z
      .record(z.string(), z.string())
      .optional()
      .openapi({ description: 'per field: "path.to.field" → what is wrong' }),
  })
  .openapi('Error');

const REFUSALS = {
  400: 'invalid input',
  401: 'not logged in, or no valid intake API key',
  403: 'not allowed for this role or key',
  404: 'no such record',
  409: 'refused by a rule or a concurrent change',
  412: 'the version in If-Match is stale; the body carries the current record',
  413: 'the body is too large',
  415: 'unsupported content type',
  422: 'violates a data rule',
  428: 'If-Match is required',
  429: 'too many failed attempts: locked for the minutes the message names',
  502: 'the payout gateway refused: nothing was paid, the refund is failed (body: message, refund)',
  503: 'not configured on this server, or too busy for now',
  504: 'the payout gateway did not answer: nothing was recorded, the same call may be retried',
} as const;

type RefusalStatus = keyof typeof REFUSALS;

export const jsonContent = <S extends ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The refusals a route may answer, all as the one Error schema. */
export function refusals<const S extends RefusalStatus>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((s) => [s, jsonContent(errorSchema, REFUSALS[s])])) as Record<
    S,
    ReturnType<typeof jsonContent<typeof errorSchema>>
  >;
}
