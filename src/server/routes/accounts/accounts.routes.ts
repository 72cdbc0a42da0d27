import { z } from '@hono/zod-openapi';
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

export const accountPiiSchema = z
  .object({
    phone: z.string(),
    email: z.string().nullable(),
    idNumber: z.string().nullable().openapi({ description: 'as stored: the register keeps it partly masked' }),
    iccid: z.string().nullable(),
    msisdn: z.string().nullable(),
  })
  .openapi('AccountPii');

export const pii = defineRoute('accounts.readPii', {
  method: 'get',
  path: '/{id}/pii',
  summary: "an account's personal data in full (every other answer masks it); each call is an audit event",
  tags: ['accounts'],
  request: { params: idParams },
  responses: { 200: jsonContent(accountPiiSchema, 'the full values'), ...refusals(401, 403, 404) },
});

export const refundableSchema = z
  .object({
    balanceFen: z.number().int().openapi({ description: "the ledger's balance" }),
    heldFen: z
      .number()
      .int()
      .openapi({ description: 'held by refunds not yet paid (pending approval, approved, failed)' }),
    refundableFen: z.number().int().openapi({ description: 'what a new refund may be at most' }),
  })
  .openapi('Refundable');

export const refundable = defineRoute('refunds.create', {
  method: 'get',
  path: '/{id}/refundable',
  summary: 'how much a new refund on this account may be (finance, manager): the balance less refunds not yet paid',
  tags: ['accounts'],
  request: { params: idParams },
  responses: { 200: jsonContent(refundableSchema, 'the amounts, in fen'), ...refusals(401, 403, 404) },
});
