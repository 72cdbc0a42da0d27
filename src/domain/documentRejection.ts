import { z } from 'zod';

/**
 * The body of POST /api/documents/:id/reject: the server validates it, the reject dialog uses its limits.
 * Rejecting only marks the document: asking the customer is its own step (request info), which gathers
 * every rejected or missing document into one message.
 */
export const documentRejectInput = z.strictObject({
  reason: z.string().trim().min(1, 'say what is wrong with the document').max(500),
  /** The rejection is final: the customer cannot fix it by uploading again. */
  final: z.boolean().default(false),
});
export type DocumentRejectInput = z.infer<typeof documentRejectInput>;
