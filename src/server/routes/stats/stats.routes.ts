import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../http/defineRoute.ts';
import { jsonContent, refusals } from '../../http/responses.ts';

const tags = ['stats'];

export const turnaroundQuery = z.object({
  from: z.iso.date().openapi({ description: 'first Asia/Shanghai day, inclusive' }),
  to: z.iso.date().openapi({ description: 'last Asia/Shanghai day, inclusive' }),
  reviewerId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .openapi({ description: "one reviewer's figures (managers); a reviewer always gets their own" }),
});

export const turnaround = defineRoute(['dashboard.teamFigures', 'dashboard.ownFigures', 'dashboard.refundFigures'], {
  method: 'get',
  path: '/turnaround',
  summary: 'turnaround figures for a range of days (docs/sla-figures.md); parts the caller may not read are left out',
  tags,
  request: { query: turnaroundQuery },
  responses: {
    200: jsonContent(
      z
        .looseObject({ from: z.string(), to: z.string(), missingCalendarYears: z.array(z.number().int()) })
        .openapi('TurnaroundStats'),
      'the figures (TurnaroundStatsAnswer in src/domain/turnaroundStatsTypes.ts)',
    ),
    ...refusals(400, 401, 403),
  },
});

export const workload = defineRoute(['dashboard.teamFigures', 'dashboard.ownFigures'], {
  method: 'get',
  path: '/workload',
  summary: "each reviewer's open, awaiting, breached and decided-this-week requests, and the due-next window",
  tags,
  responses: {
    200: jsonContent(
      z.looseObject({ weekStart: z.string(), rows: z.array(z.looseObject({})) }).openapi('Workload'),
      'WorkloadAnswer in src/domain/dashboardApi.ts',
    ),
    ...refusals(401, 403),
  },
});
