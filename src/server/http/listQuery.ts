import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import type { SchemaObject } from 'openapi3-ts/oas31';
import { MAX_PAGE_SIZE } from './listParams.ts';
import { refusals } from './responses.ts';

/**
 * react-admin simple-rest's list query as the route declares it: three JSON
 * strings, read by `parseListParams`. Loose, so an unknown name reaches
 * `parseListParams`, which refuses it by name.
 */
export function listQuery(filter: ZodType) {
  return z.looseObject({
    sort: z.string().optional().openapi({ description: 'JSON ["field","ASC"|"DESC"]', example: '["id","ASC"]' }),
    range: z
      .string()
      .optional()
      .openapi({ description: `JSON [from, to], inclusive, at most ${MAX_PAGE_SIZE} rows`, example: '[0,24]' }),
    filter: z
      .string()
      .optional()
      .openapi({
        description: 'JSON object; an unknown key is a 400',
        param: {
          content: {
            'application/json': { schema: z.toJSONSchema(filter, { unrepresentable: 'any' }) as SchemaObject },
          },
        },
      }),
  });
}

/** A page of rows; the total is in `Content-Range: <resource> from-to/total`. */
export function listResponses<S extends ZodType>(row: S, resource: string) {
  return {
    200: {
      description: `a page of ${resource}`,
      headers: z.object({
        'Content-Range': z
          .string()
          .openapi({ description: `${resource} from-to/total`, example: `${resource} 0-24/319` }),
      }),
      content: { 'application/json': { schema: z.array(row) } },
    },
    ...refusals(400, 401, 403),
  };
}
