import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.ts';
import { defineRoute } from './defineRoute.ts';
import { jsonContent } from './responses.ts';
import { sessionCookieName } from '../auth/sessions.ts';

type Api = OpenAPIHono<AppEnv, any, any>;
type Parameter = { content?: unknown; schema?: unknown };
type Operation = { parameters?: Parameter[] };

/** GET /api/openapi.json: this document, built from the route definitions the app validates with. */
const openApiDocumentRoute = defineRoute('public', {
  method: 'get',
  path: '/openapi.json',
  summary: 'this OpenAPI document',
  tags: ['meta'],
  responses: {
    200: jsonContent(z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }), 'the document'),
  },
});

/**
 * Serves GET /openapi.json on `api`: the routes registered on it (mounted at
 * /api by its callers) as one OpenAPI 3.1 document, built on first request,
 * when every route is in place.
 */
export function serveOpenApiDocument(api: Api) {
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookieName(true),
    description: `the session cookie from POST /api/auth/login (\`${sessionCookieName(false)}\` when the server runs with INSECURE_COOKIES=1)`,
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'intakeKey', {
    type: 'http',
    scheme: 'bearer',
    description:
      'intake API key: a service key (INTAKE_API_KEYS) for every account, or one issued for a single account (npm run intake-key), which is refused (403) on any other account',
  });
  let document: ReturnType<typeof openApiDocument> | undefined;
  return api.openapi(openApiDocumentRoute, (c) => c.json((document ??= openApiDocument(api)), 200));
}

function openApiDocument(api: Api) {
  const document = api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Cancel Desk API',
      version: '0.1.0',
      description:
        'Back office for prepaid SIM account cancellation requests. Staff routes need the session cookie from /api/auth/login.',
    },
    security: [{ session: [] }],
  });
  const paths = Object.entries(document.paths ?? {}).map(([path, item]) => {
    for (const operation of Object.values(item as Record<string, Operation>)) contentOnly(operation.parameters);
    return [`/api${path}`, item] as const;
  });
  return { ...document, paths: Object.fromEntries(paths) };
}

// A JSON query parameter (the list `filter`) is described by its `content`; the
// generator also writes the string `schema` it is sent as, and OpenAPI allows one of the two.
function contentOnly(parameters: Parameter[] | undefined) {
  for (const parameter of parameters ?? []) if (parameter.content) delete parameter.schema;
}
