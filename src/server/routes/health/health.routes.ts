import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../http/defineRoute.ts';
import { jsonContent } from '../../http/responses.ts';

export const health = defineRoute('public', {
  method: 'get',
  path: '/',
  summary: 'database engine and migration level',
  tags: ['meta'],
  responses: {
    200: jsonContent(
      z
        .object({ ok: z.literal(true), engine: z.enum(['pglite', 'postgres']), migration: z.string().nullable() })
        .openapi('Health'),
      'ok',
    ),
  },
});
