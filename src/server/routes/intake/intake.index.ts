import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './intake.handlers.ts';
import * as routes from './intake.routes.ts';

/** The customer's side, for the portal and customer service: `/api/intake/...`, API key only (each route's access). */
export const intakeRoutes = createRouter()
  .openapi(routes.submit, handlers.submit)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.answer, handlers.answer)
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.withdraw, handlers.withdraw);
