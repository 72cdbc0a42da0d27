import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './requestActions.handlers.ts';
import * as routes from './requestActions.routes.ts';

export const requestActionRoutes = createRouter()
  .openapi(routes.claimNext, handlers.claimNext)
  .openapi(routes.bulkClaim, handlers.bulkClaim)
  .openapi(routes.bulkRelease, handlers.bulkRelease)
  .openapi(routes.bulkReassign, handlers.bulkReassign)
  .openapi(routes.claim, handlers.claim)
  .openapi(routes.release, handlers.release)
  .openapi(routes.approve, handlers.approve)
  .openapi(routes.pauseInstead, handlers.pauseInstead)
  .openapi(routes.reassign, handlers.reassign)
  .openapi(routes.requestInfo, handlers.requestInfo)
  .openapi(routes.reject, handlers.reject)
  .openapi(routes.verifyIdentity, handlers.verifyIdentity)
  .openapi(routes.resumeReview, handlers.resumeReview)
  .openapi(routes.remind, handlers.remind);
