import { OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../context.ts';
import { ApiError, zodErrors } from './errors.ts';

/**
 * A sub-app whose `.openapi(route, handler)` validates the request with the
 * route's own schemas; a refusal is our 400 `{ message, errors }`, the shape
 * react-admin shows under the inputs.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new ApiError(400, `invalid ${result.target}`, zodErrors(result.error));
    },
  });
}

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
