import { defineRoute } from '../../http/defineRoute.ts';
import { accountFilter } from '../../http/filters.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { accounts } from '../../sql/resources.ts';
import { tableRowSchema } from '../responseSchemas.ts';
import type { TableSpec } from '../tables/tableRoutes.ts';

export const accountTable: TableSpec = {
  name: 'accounts',
  resource: accounts,
  filter: accountFilter,
  defaultSort: ['id', 'DESC'],
  row: tableRowSchema('Account', accounts),
  access: { list: 'accounts.list', read: 'accounts.read' },
};

export const resume = defineRoute('accounts.resume', {
  method: 'post',
  path: '/{id}/resume',
  summary: 'resume a suspended account (admin)',
  tags: ['accounts'],
  request: { params: idParams },
  responses: { 200: jsonContent(accountTable.row, 'the account'), ...refusals(401, 403, 404, 409) },
});
