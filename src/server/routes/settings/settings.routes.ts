import { z } from '@hono/zod-openapi';
import { settingsSchema } from '../../../domain/settings.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { requiredIfMatchHeaders } from '../../http/etag.ts';
import { jsonContent, refusals } from '../../http/responses.ts';

const tags = ['settings'];

const settingsStateSchema = z
  .object({
    refundDualApprovalFen: z.number().int().openapi({ description: 'refunds above this many fen need two approvals' }),
    noResponseWorkingDays: z
      .number()
      .int()
      .openapi({ description: 'working days awaiting the customer before rejecting for no response' }),
    slaTargetShare: z.number().openapi({ description: 'the share decided within the SLA the dashboard aims for' }),
    version: z.number().int().openapi({ description: 'what a save sends back in If-Match (also the ETag)' }),
    updatedAt: z.string().nullable().openapi({ description: 'the last save from the settings page' }),
    updatedBy: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  })
  .openapi('Settings', { description: 'the settings as they stand (defaults where a row is missing)' });

export const get = defineRoute('settings.read', {
  method: 'get',
  path: '/',
  summary: 'the settings: dual-approval threshold, no-response working days, SLA target share; the version is the ETag',
  tags,
  responses: {
    200: jsonContent(settingsStateSchema, 'the settings and the version a save must send'),
    ...refusals(401, 403),
  },
});

export const put = defineRoute('settings.edit', {
  method: 'put',
  path: '/',
  summary:
    'replace the settings (every field) with the version you saw in If-Match: 428 without, 412 when stale (body: current); audited',
  tags,
  request: {
    headers: requiredIfMatchHeaders('settings'),
    body: { required: true, content: { 'application/json': { schema: settingsSchema } } },
  },
  responses: {
    200: jsonContent(settingsStateSchema, 'the settings as saved and the new version (also the ETag)'),
    ...refusals(400, 401, 403, 412, 428),
  },
});
