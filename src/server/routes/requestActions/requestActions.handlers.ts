import type { StaffIdentity } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { ApiError, badRequest } from '../../http/errors.ts';
import { requiredVersion, setEtag } from '../../http/etag.ts';
import type { ApiRequest } from '../../sql/requests/index.ts';
import { approveRequest } from '../../actions/approveRequest.ts';
import { claimRequest } from '../../actions/claimRequest.ts';
import { claimNextRequest } from '../../actions/claimNextRequest.ts';
import { pauseInstead as pauseInsteadAction } from '../../actions/pauseInstead.ts';
import { reassignRequest } from '../../actions/reassignRequest.ts';
import { rejectRequest } from '../../actions/rejectRequest.ts';
import { releaseRequest } from '../../actions/releaseRequest.ts';
import { remindCustomer } from '../../actions/remindCustomer.ts';
import { requestInfo as requestInfoAction } from '../../actions/requestInfo.ts';
import { resumeReview as resumeReviewAction } from '../../actions/resumeReview.ts';
import { verifyIdentity as verifyIdentityAction } from '../../actions/verifyIdentity.ts';
import type * as routes from './requestActions.routes.ts';

type Simple = (
  database: Database,
  id: number,
  version: number | null,
  user: StaffIdentity,
  now: Date,
) => Promise<ApiRequest>;

// "Next request": the reviewer's own most urgent request in review, else claim the unclaimed one due soonest.
export const claimNext: AppRouteHandler<typeof routes.claimNext> = async (c) => {
  const { skip } = c.req.valid('query');
  const row = await claimNextRequest(c.var.deps.database, c.var.user, c.var.deps.now(), skip ?? null);
  if (!row) return c.json({ message: 'nothing is waiting: no request of yours in review, none unclaimed' }, 404);
  return c.json(row, 200);
};

/** One transaction per item: a bulk action answers for each request and never hides a refusal behind an all-or-nothing failure. */
function bulk(
  run: (database: Database, id: number, user: StaffIdentity, now: Date) => Promise<ApiRequest>,
): AppRouteHandler<typeof routes.bulkClaim> {
  return async (c) => {
    const { ids } = c.req.valid('json');
    const results = [];
    for (const id of ids) {
      try {
        const row = await run(c.var.deps.database, id, c.var.user, c.var.deps.now());
        results.push({ id, ok: true as const, status: row.status });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        results.push({ id, ok: false as const, message: e.message, httpStatus: e.status });
      }
    }
    return c.json({ results }, 200);
  };
}

export const bulkClaim = bulk((database, id, user, now) => claimRequest(database, id, null, user, now));
export const bulkRelease = bulk((database, id, user, now) => releaseRequest(database, id, null, user, now));
export const bulkReassign: AppRouteHandler<typeof routes.bulkReassign> = (c, next) => {
  const { assigneeId } = c.req.valid('json');
  if (!assigneeId) throw badRequest('reassign needs assigneeId', { assigneeId: 'required' });
  return bulk((database, id, user, now) => reassignRequest(database, id, null, user, assigneeId, now))(c, next);
};

function simple(run: Simple): AppRouteHandler<typeof routes.claim> {
  return async (c) => {
    const version = requiredVersion(c.req.valid('header')['If-Match'], 'requests');
    const row = await run(c.var.deps.database, c.req.valid('param').id, version, c.var.user, c.var.deps.now());
    setEtag(c, row.version);
    return c.json(row, 200);
  };
}

export const claim = simple(claimRequest);
export const release = simple(releaseRequest);
export const approve = simple(approveRequest);
export const pauseInstead = simple(pauseInsteadAction);
export const verifyIdentity = simple(verifyIdentityAction);
export const resumeReview = simple(resumeReviewAction);
export const remind = simple(remindCustomer);

export const reassign: AppRouteHandler<typeof routes.reassign> = async (c) => {
  const version = requiredVersion(c.req.valid('header')['If-Match'], 'requests');
  const row = await reassignRequest(
    c.var.deps.database,
    c.req.valid('param').id,
    version,
    c.var.user,
    c.req.valid('json').assigneeId,
    c.var.deps.now(),
  );
  setEtag(c, row.version);
  return c.json(row, 200);
};

export const requestInfo: AppRouteHandler<typeof routes.requestInfo> = async (c) => {
  const version = requiredVersion(c.req.valid('header')['If-Match'], 'requests');
  const row = await requestInfoAction(
    c.var.deps.database,
    c.req.valid('param').id,
    version,
    c.var.user,
    c.req.valid('json'),
    c.var.deps.now(),
  );
  setEtag(c, row.version);
  return c.json(row, 200);
};

export const reject: AppRouteHandler<typeof routes.reject> = async (c) => {
  const version = requiredVersion(c.req.valid('header')['If-Match'], 'requests');
  const row = await rejectRequest(
    c.var.deps.database,
    c.req.valid('param').id,
    version,
    c.var.user,
    c.req.valid('json'),
    c.var.deps.now(),
  );
  setEtag(c, row.version);
  return c.json(row, 200);
};
