import type { ZodObject } from 'zod';
import type { StaffActor } from '../../../domain/recordAccess.ts';
import type { StaffIdentity } from '../../context.ts';
import { createRouter, type AppRouteHandler } from '../../http/createRouter.ts';
import { defineRoute, type Access } from '../../http/defineRoute.ts';
import { notFound } from '../../http/errors.ts';
import { contentRange, parseListParams } from '../../http/listParams.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { getFromTable, listTable, type RowCondition, type TableResource } from '../../sql/tableResource.ts';
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
  /** What listing and opening need (src/domain/permissions.ts). */
  access: { list: Access; read: Access };
  /** The rows this caller may see, in lists and one by one (another's row is a 404); default all. */
  rowsOf?: (actor: StaffActor) => RowCondition;
  /** Refuses (throws) a list this caller may not ask for with this filter. */
  checkList?: (actor: StaffActor, filter: Record<string, unknown>) => void;
  /** A row as this caller may read it (fields they may not read blanked); default as stored. */
  shownTo?: (actor: StaffActor, row: Record<string, unknown>) => Record<string, unknown>;
}

const actorOf = (user: StaffIdentity): StaffActor => ({ kind: 'staff', id: user.id, roles: user.roles });

export const tableListRoute = (spec: TableSpec) =>
  defineRoute(spec.access.list, {
    method: 'get',
    path: '/',
    summary: `list ${spec.name}`,
    tags: [spec.name],
    request: { query: listQuery(spec.filter) },
    responses: listResponses(spec.row, spec.name),
  });

export const tableGetRoute = (spec: TableSpec) =>
  defineRoute(spec.access.read, {
    method: 'get',
    path: '/{id}',
    summary: `one ${spec.name} record`,
    tags: [spec.name],
    request: { params: idParams },
    responses: { 200: jsonContent(spec.row, 'the record'), ...refusals(401, 403, 404) },
  });

export function tableList(spec: TableSpec): AppRouteHandler<ReturnType<typeof tableListRoute>> {
  const sortable = spec.resource.fields;
  return async (c) => {
    const params = parseListParams(c.req.valid('query'), {
      sortable,
      defaultSort: spec.defaultSort,
      filter: spec.filter,
    });
    const actor = actorOf(c.var.user);
    spec.checkList?.(actor, params.filter);
    const { rows, total } = await listTable(c.var.db, spec.resource, params, spec.rowsOf?.(actor));
    c.header('Content-Range', contentRange(spec.name, params.offset, rows.length, total));
    const shownTo = spec.shownTo;
    return c.json(shownTo ? rows.map((row) => shownTo(actor, row)) : rows, 200);
  };
}

export function tableGet(spec: TableSpec): AppRouteHandler<ReturnType<typeof tableGetRoute>> {
  return async (c) => {
    const actor = actorOf(c.var.user);
    const row = await getFromTable(c.var.db, spec.resource, c.req.valid('param').id, spec.rowsOf?.(actor));
    if (!row) throw notFound(spec.name.replace(/s$/, ''));
    return c.json(spec.shownTo ? spec.shownTo(actor, row) : row, 200);
  };
}

/** GET / (list, react-admin simple-rest) and GET /{id}. */
export function tableRoutes(spec: TableSpec) {
  return createRouter().openapi(tableListRoute(spec), tableList(spec)).openapi(tableGetRoute(spec), tableGet(spec));
}
