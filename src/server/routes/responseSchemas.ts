import { z } from '@hono/zod-openapi';
import { languageSchema, requestStatusSchema, roleSchema } from '../../domain/schemas.ts';
import type { TableResource } from '../sql/tableResource.ts';

// What the API answers. Small shapes are declared in full; a big row names its
// key fields and passes the rest through (the sql layer decides its columns).

export const staffIdentitySchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(roleSchema),
    language: languageSchema,
    mustChangePassword: z.boolean(),
  })
  .openapi('StaffIdentity');

export const userSchema = z
  .looseObject({ ...staffIdentitySchema.shape, email: z.string().nullable(), active: z.boolean() })
  .openapi('User');

/** A staff member as everyone but an admin sees them in the staff list. */
export const staffNameSchema = z
  .object({ id: z.number().int(), displayName: z.string(), roles: z.array(roleSchema), active: z.boolean() })
  .openapi('StaffName');

export const requestSchema = z
  .looseObject({
    id: z.number().int(),
    number: z.string(),
    status: requestStatusSchema,
    accountId: z.number().int(),
    assigneeId: z.number().int().nullable(),
    version: z.number().int(),
  })
  .openapi('Request', {
    description: 'a cancellation request with its account, SLA state and document progress; `version` is its ETag',
  });

/** The customer's view of their request: no staff names, no internal notes. */
export const customerViewSchema = z
  .looseObject({
    id: z.number().int(),
    number: z.string(),
    status: z.string(),
    documents: z.array(z.looseObject({ type: z.string(), required: z.boolean(), status: z.string() })),
    timeline: z.array(z.looseObject({ event: z.string() })),
  })
  .openapi('CustomerRequest');

export const customerDocumentSchema = z
  .looseObject({ id: z.number().int(), type: z.string(), status: z.string(), attempt: z.number().int() })
  .openapi('CustomerDocument');

/** A row of a table resource: its camelCased columns, the ones it sorts and filters on named. */
export function tableRowSchema(name: string, resource: TableResource<any>) {
  return z.looseObject(Object.fromEntries(resource.fields.map((field) => [field, z.unknown()]))).openapi(name);
}
