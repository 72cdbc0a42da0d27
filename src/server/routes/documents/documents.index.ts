import { createRouter } from '../../http/createRouter.ts';
import { tableList, tableListRoute } from '../tables/tableRoutes.ts';
import * as handlers from './documents.handlers.ts';
import * as routes from './documents.routes.ts';

/** /api/documents: list and read (react-admin), the file itself, verify and reject. */
export const documentRoutes = createRouter()
  .openapi(routes.file, handlers.file)
  .openapi(routes.verify, handlers.verify)
  .openapi(routes.reject, handlers.reject)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(tableListRoute(routes.documentTable), tableList(routes.documentTable));

/** Mounted at /api/requests: POST /{id}/documents. */
export const requestDocumentRoutes = createRouter().openapi(routes.upload, handlers.upload);
