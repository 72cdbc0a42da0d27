import { z } from '@hono/zod-openapi';
import {
  refundAmendInput,
  refundCreateInput,
  refundListFilter,
  refundPayInput,
  refundReasonInput,
} from '../../../domain/refundInputs.ts';
import { REFUND_ACTION_PERMISSIONS, type RefundAction } from '../../../domain/refundActions.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { requiredIfMatchHeaders } from '../../http/etag.ts';
import { listQuery, listResponses } from '../../http/listQuery.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { balanceEntrySchema, refundCountsSchema, refundSchema } from './refundSchemas.ts';

const tags = ['refunds'];
const json = <S extends z.ZodType>(schema: S) => ({ required: true, content: { 'application/json': { schema } } });

export const list = defineRoute('refunds.list', {
  method: 'get',
  path: '/',
  summary: 'list refunds; each row says what the caller may do and why not',
  tags,
  request: { query: listQuery(refundListFilter) },
  responses: listResponses(refundSchema, 'refunds'),
});

export const counts = defineRoute('refunds.list', {
  method: 'get',
  path: '/counts',
  summary: "refunds per status, and the caller's own work: to approve, to pay (the queue's tabs)",
  tags,
  responses: { 200: jsonContent(refundCountsSchema, 'counts'), ...refusals(401, 403) },
});

export const getOne = defineRoute('refunds.read', {
  method: 'get',
  path: '/{id}',
  summary: 'one refund; its version is the ETag',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(refundSchema, 'the refund'), ...refusals(401, 403, 404) },
});

export const ledger = defineRoute('refunds.read', {
  method: 'get',
  path: '/{id}/ledger',
  summary: "the refund's account balance ledger, oldest first (the balance is its sum)",
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent(z.array(balanceEntrySchema), 'the ledger'), ...refusals(401, 403, 404) },
});

export const create = defineRoute('refunds.create', {
  method: 'post',
  path: '/',
  summary: 'a refund on request (finance or manager), within the refundable balance; its requester never approves it',
  tags,
  request: { body: json(refundCreateInput) },
  responses: { 201: jsonContent(refundSchema, 'the new refund, pending_approval'), ...refusals(400, 401, 403, 422) },
});

const onOneRefund = { params: idParams, headers: requiredIfMatchHeaders('refunds') };
const actionResponses = {
  200: jsonContent(refundSchema, 'the refund after the action, with its new ETag'),
  ...refusals(400, 401, 403, 404, 409, 412, 428),
};

function action<const A extends RefundAction>(name: A, summary: string) {
  return defineRoute(REFUND_ACTION_PERMISSIONS[name], {
    method: 'post',
    path: `/{id}/${name}`,
    summary,
    tags,
    request: onOneRefund,
    responses: actionResponses,
  });
}

function actionWithBody<const A extends RefundAction, B extends z.ZodType>(name: A, summary: string, body: B) {
  return defineRoute(REFUND_ACTION_PERMISSIONS[name], {
    method: 'post',
    path: `/{id}/${name}`,
    summary,
    tags,
    request: { ...onOneRefund, body: json(body) },
    responses: actionResponses,
  });
}

export const approve = action(
  'approve',
  'approve (finance): one approval at or below refund_dual_approval_fen, else two different people; never the requester or the decider',
);
export const reject = actionWithBody('reject', 'reject (finance): the customer is told the reason', refundReasonInput);
export const fail = actionWithBody(
  'fail',
  'the bank refused the transfer: approved → failed, to be paid again',
  refundReasonInput,
);
export const amend = actionWithBody(
  'amend',
  'change the amount: every approval is voided, back to pending_approval',
  refundAmendInput,
);

export const pay = defineRoute(REFUND_ACTION_PERMISSIONS.pay, {
  method: 'post',
  path: '/{id}/pay',
  summary:
    'pay out (finance), from approved or failed, once: Idempotency-Key required; the same key and body replay the first answer, another body is 422, a call still running 409',
  tags,
  request: {
    params: idParams,
    headers: requiredIfMatchHeaders('refunds').extend({
      'Idempotency-Key': z
        .string()
        .optional()
        .openapi({ description: 'a unique string per payout you mean to make', param: { required: true } }),
    }),
    body: json(refundPayInput),
  },
  responses: {
    200: jsonContent(refundSchema, 'the paid refund, with its new ETag'),
    ...refusals(400, 401, 403, 404, 409, 412, 422, 428, 502, 504),
  },
});
