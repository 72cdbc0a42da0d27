import { z } from 'zod';

/** The body of POST /api/documents/:id/reject: the server validates it, the reject dialog uses its limits. */
export const documentRejectInput = z
  .strictObject({
    reason: z.string().trim().min(1, 'say what is wrong with the document').max(500),
    /** The rejection is final: the customer cannot fix it by uploading again. */
    final: z.boolean().default(false),
    /** Also send the request back to the customer (→ awaiting_customer) asking for this type again. */
    askCustomer: z.boolean().default(false),
    /** What the customer is told; the reason when absent. */
    customerMessage: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((v) => !(v.final && v.askCustomer), {
    message: 'a final rejection cannot ask the customer to upload again',
    path: ['askCustomer'],
  });
export type DocumentRejectInput = z.infer<typeof documentRejectInput>;
