import { z } from '@hono/zod-openapi';
import { bulkInput, reassignInput, rejectInput, requestInfoInput } from '../../../domain/actionInputs.ts';
import { REQUEST_ACTION_PERMISSIONS } from '../../../domain/permissions.ts';
import { defineRoute } from '../../http/defineRoute.ts';
import { requiredIfMatchHeaders } from '../../http/etag.ts';
import { idParams } from '../../http/params.ts';
import { jsonContent, refusals } from '../../http/responses.ts';
import { requestSchema } from '../responseSchemas.ts';

const tags = ['workflow'];
const json = <S extends z.ZodType>(schema: S) => ({ required: true, content: { 'application/json': { schema } } });

export const claimNext = defineRoute(REQUEST_ACTION_PERMISSIONS.claim, {
  method: 'post',
  path: '/next',
  summary:
    "the reviewer's next request: their own most urgent one in review (nextReason own), else the unclaimed one due soonest, claimed (nextReason claimed)",
  tags,
  request: {
    query: z.object({
      skip: z.coerce
        .number()
        .int()
        .positive()
        .optional()
        .openapi({ description: 'the request on screen, passed over' }),
    }),
  },
  responses: { 200: jsonContent(requestSchema, 'the next request'), ...refusals(400, 401, 403, 404) },
});

const bulkResults = z
  .object({
    results: z.array(
      z.union([
        z.object({ id: z.number().int(), ok: z.literal(true), status: z.string() }),
        z.object({ id: z.number().int(), ok: z.literal(false), message: z.string(), httpStatus: z.number().int() }),
      ]),
    ),
  })
  .openapi('BulkResults');

/** Bulk claim, release or reassign: one transaction and one result per id, so a refusal never hides the others. */
function bulk<const A extends 'claim' | 'release' | 'reassign'>(verb: A) {
  return defineRoute(REQUEST_ACTION_PERMISSIONS[verb], {
    method: 'post',
    path: `/bulk/${verb}`,
    summary: `bulk ${verb}: one result per id${verb === 'reassign' ? ' (assigneeId required)' : ''}`,
    tags,
    request: { body: json(bulkInput) },
    responses: { 200: jsonContent(bulkResults, 'one result per id, in order'), ...refusals(400, 401, 403) },
  });
}

export const bulkClaim = bulk('claim');
export const bulkRelease = bulk('release');
export const bulkReassign = bulk('reassign');

const onOneRequest = { params: idParams, headers: requiredIfMatchHeaders('requests') };
const actionResponses = {
  200: jsonContent(requestSchema, 'the request after the action, with its new ETag'),
  ...refusals(400, 401, 403, 404, 409, 412, 428),
};

/** An action on one request, carrying the version its author saw. */
type StaffAction = keyof typeof REQUEST_ACTION_PERMISSIONS;

function action<const A extends string>(name: A, act: StaffAction, summary: string) {
  return defineRoute(REQUEST_ACTION_PERMISSIONS[act], {
    method: 'post',
    path: `/{id}/${name}`,
    summary,
    tags,
    request: onOneRequest,
    responses: actionResponses,
  });
}

function actionWithBody<const A extends string, B extends z.ZodType>(
  name: A,
  act: StaffAction,
  summary: string,
  body: B,
) {
  return defineRoute(REQUEST_ACTION_PERMISSIONS[act], {
    method: 'post',
    path: `/{id}/${name}`,
    summary,
    tags,
    request: { ...onOneRequest, body: json(body) },
    responses: actionResponses,
  });
}

export const claim = action('claim', 'claim', 'claim: submitted → in_review, you become the assignee');
export const release = action('release', 'release', 'release: in_review → submitted (assignee or manager)');
export const approve = action(
  'approve',
  'approve',
  'approve: account cancelled, refund of any balance created, customer notified; 409 lists unmet gates',
);
export const pauseInstead = action('pause-instead', 'pause_instead', 'pause instead: account suspended');
export const reassign = actionWithBody('reassign', 'reassign', 'reassign to a reviewer (manager)', reassignInput);
export const requestInfo = actionWithBody(
  'request-info',
  'request_info',
  'ask the customer for documents/information: → awaiting_customer, SLA paused',
  requestInfoInput,
);
export const reject = actionWithBody(
  'reject',
  'reject',
  'reject with a reason code and a message to the customer; from awaiting_customer only no_response, after the set working days',
  rejectInput,
);
export const verifyIdentity = action(
  'verify-identity',
  'verify_identity',
  "verify the holder's identity (assignee, after the ID documents are verified): the approval gate identity_verified holds",
);
export const resumeReview = action(
  'resume-review',
  'resume_review',
  'take the information request back: awaiting_customer → in_review, SLA clock resumes (assignee)',
);
export const remind = action(
  'remind',
  'remind',
  'remind the customer of the information request (email + SMS); at most once a working day, 409 otherwise',
);
