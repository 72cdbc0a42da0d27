import { createRoute, z } from '@hono/zod-openapi';
import { jsonContent } from '../../http/responses.ts';

export const health = createRoute({
  method: 'get',
  path: '/',
  summary: 'database engine and migration level',
  tags: ['meta'],
  security: [],
  responses: {
    200: jsonContent(
      z
        .object({ ok: z.literal(true), engine: z.enum(['pglite', 'postgres']), migration: z.string().nullable() })
        .openapi('Health'),
      'ok',
    ),
  },
});
