import { createRoute } from '@hono/zod-openapi';
import type { ZodObject } from 'zod';
import { createRouter, type AppRouteHandler } from '../../http/createRouter.ts';
import { notFound } from '../../http/errors.ts';
import { contentRange, parseListParams } from '../../http/listParams.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { getFromTable, listTable, type TableResource } from '../../sql/tableResource.ts';
import type { tableRowSchema } from '../responseSchemas.ts';

/** A read-only table resource as react-admin lists and shows it. */
export interface TableSpec {
  /** The path segment, tag and Content-Range name: `audit-events`. */
  name: string;
  resource: TableResource<any>;
  /** The strict filter `filter=` may carry. */
  filter: ZodObject;
  defaultSort: [string, 'ASC' | 'DESC'];
  /** Its rows, as the document names them (`tableRowSchema('AuditEvent', ...)`). */
  row: ReturnType<typeof tableRowSchema>;
}

export const tableListRoute = (spec: TableSpec) =>
  createRoute({
    method: 'get',
    path: '/',
    summary: `list ${spec.name}`,
    tags: [spec.name],
    request: { query: listQuery(spec.filter) },
    responses: listResponses(spec.row, spec.name),
  });

export const tableGetRoute = (spec: TableSpec) =>
  createRoute({
    method: 'get',
    path: '/{id}',
    summary: `one ${spec.name} record`,
    tags: [spec.name],
    request: { params: idParams },
    responses: { 200: jsonContent(spec.row, 'the record'), ...refusals(401, 404) },
  });

export function tableList(spec: TableSpec): AppRouteHandler<ReturnType<typeof tableListRoute>> {
  const sortable = spec.resource.fields;
  return async (c) => {
    const params = parseListParams(c.req.valid('query'), {
      sortable,
      defaultSort: spec.defaultSort,
      filter: spec.filter,
    });
    const { rows, total } = await listTable(c.var.db, spec.resource, params);
    c.header('Content-Range', contentRange(spec.name, params.offset, rows.length, total));
    return c.json(rows, 200);
  };
}

export function tableGet(spec: TableSpec): AppRouteHandler<ReturnType<typeof tableGetRoute>> {
  return async (c) => {
    const row = await getFromTable(c.var.db, spec.resource, c.req.valid('param').id);
    if (!row) throw notFound(spec.name.replace(/s$/, ''));
    return c.json(row, 200);
  };
}

/** GET / (list, react-admin simple-rest) and GET /{id}. */
export function tableRoutes(spec: TableSpec) {
  return createRouter().openapi(tableListRoute(spec), tableList(spec)).openapi(tableGetRoute(spec), tableGet(spec));
}
