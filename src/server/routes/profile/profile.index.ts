import { createRouter } from '../../http/createRouter.ts';
import * as handlers from './profile.handlers.ts';
import * as routes from './profile.routes.ts';

export const profileRoutes = createRouter()
  .openapi(routes.changePassword, handlers.changePassword)
  .openapi(routes.update, handlers.update)
  .openapi(routes.sessions, handlers.sessions)
  .openapi(routes.revokeSession, handlers.revokeSession)
  .openapi(routes.revokeOthers, handlers.revokeOthers);
