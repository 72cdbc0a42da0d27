import { z } from '@hono/zod-openapi';
import { intakeAnswerInput, intakeSubmitInput } from '../../../domain/actionInputs.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { badRequest } from '../../http/errors.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { customerDocumentSchema, customerViewSchema } from '../responseSchemas.ts';
import { uploadBody, uploadResponses } from '../documents/documents.routes.ts';

const tags = ['intake'];
const numberParams = z.object({
  number: z.string().openapi({ description: 'the request number the customer was given', example: 'CR-2026-000123' }),
});
const customerView = jsonContent(customerViewSchema, 'the customer view');

/** `Idempotency-Key`, trimmed; empty means none. */
const idempotencyKey = z
  .string()
  .optional()
  .transform((raw) => {
    const key = raw?.trim() || null;
    if (key && key.length > 200) throw badRequest('Idempotency-Key is at most 200 characters');
    return key;
  })
  .openapi({
    type: 'string',
    description:
      'same key, same body, same intake key: a retry answers 200 with the request the first call created; the same key with another body is 422',
  });

export const submit = defineRoute('intakeKey', {
  method: 'post',
  path: '/requests',
  summary: 'the customer submits a cancellation request',
  tags,
  request: {
    headers: z.object({ 'Idempotency-Key': idempotencyKey }),
    body: { required: true, content: { 'application/json': { schema: intakeSubmitInput } } },
  },
  responses: {
    201: jsonContent(customerViewSchema, 'created'),
    200: jsonContent(customerViewSchema, 'the request an earlier call with this Idempotency-Key created'),
    ...refusals(400, 401, 403, 409, 422),
  },
});

export const getOne = defineRoute('intakeKey', {
  method: 'get',
  path: '/requests/{number}',
  summary:
    'status, document checklist (type, required, status, attempts, rejection reason) and timeline for the customer, without staff names',
  tags,
  request: { params: numberParams },
  responses: { 200: customerView, ...refusals(401, 403, 404) },
});

export const answer = defineRoute('intakeKey', {
  method: 'post',
  path: '/requests/{number}/answer',
  summary: 'the customer answers an information request: → in_review, SLA resumes',
  tags,
  request: {
    params: numberParams,
    body: { required: true, content: { 'application/json': { schema: intakeAnswerInput } } },
  },
  responses: { 200: customerView, ...refusals(400, 401, 403, 404, 409) },
});

export const upload = defineRoute('intakeKey', {
  method: 'post',
  path: '/requests/{number}/documents',
  summary: 'the customer uploads a supporting document while the request is open',
  tags,
  request: { params: numberParams, body: uploadBody },
  responses: { ...uploadResponses(customerDocumentSchema), ...refusals(403) },
});

export const withdraw = defineRoute('intakeKey', {
  method: 'post',
  path: '/requests/{number}/withdraw',
  summary: 'the customer withdraws an open request',
  tags,
  request: { params: numberParams },
  responses: { 200: customerView, ...refusals(401, 403, 404, 409) },
});
