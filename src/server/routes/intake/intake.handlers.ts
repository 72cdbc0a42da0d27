import type { Context } from 'hono';
import type { AppEnv } from '../../context.ts';
import type { AppRouteHandler } from '../../http/createRouter.ts';
import { notFound } from '../../http/errors.ts';
import { customerAnswer } from '../../actions/customerAnswer.ts';
import { submitRequest } from '../../actions/submitRequest.ts';
import { withdrawRequest } from '../../actions/withdrawRequest.ts';
import { handleUpload } from '../../documents/handleUpload.ts';
import { customerView } from '../../sql/customerView.ts';
import { checkAccountOfKey, requestOfNumber } from './keyAccess.ts';
import type * as routes from './intake.routes.ts';

async function viewOf(c: Context<AppEnv>, id: number) {
  const view = await customerView(c.var.db, id, c.var.deps.now());
  if (!view) throw notFound('request');
  return view;
}

export const submit: AppRouteHandler<typeof routes.submit> = async (c) => {
  const input = c.req.valid('json');
  await checkAccountOfKey(c.var.db, c.var.intakeKey, { accountNumber: input.accountNumber });
  const key = c.req.valid('header')['Idempotency-Key'];
  const { id, created } = await submitRequest(
    c.var.deps.database,
    input,
    key ? { key, intakeKeyId: c.var.intakeKey.id } : null,
    c.var.deps.now(),
  );
  const view = await viewOf(c, id);
  return created ? c.json(view, 201) : c.json(view, 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = await requestOfNumber(c.var.db, c.req.valid('param').number, c.var.intakeKey);
  return c.json(await viewOf(c, id), 200);
};

export const answer: AppRouteHandler<typeof routes.answer> = async (c) => {
  const { id, holderName } = await requestOfNumber(c.var.db, c.req.valid('param').number, c.var.intakeKey);
  await customerAnswer(c.var.deps.database, id, holderName, c.req.valid('json').message ?? null, c.var.deps.now());
  return c.json(await viewOf(c, id), 200);
};

// handleUpload streams the multipart body to the store and writes the answer
// itself (201 new, 200 these bytes already are a document), as the route
// describes; its Response carries no static type of that body.
type UploadAnswer = ReturnType<AppRouteHandler<typeof routes.upload>>;
export const upload: AppRouteHandler<typeof routes.upload> = async (c) => {
  const { id, holderName } = await requestOfNumber(c.var.db, c.req.valid('param').number, c.var.intakeKey);
  return handleUpload(c, id, { kind: 'customer', name: holderName }) as Promise<unknown> as UploadAnswer;
};

export const withdraw: AppRouteHandler<typeof routes.withdraw> = async (c) => {
  const { id, holderName } = await requestOfNumber(c.var.db, c.req.valid('param').number, c.var.intakeKey);
  await withdrawRequest(c.var.deps.database, id, holderName, c.var.deps.now());
  return c.json(await viewOf(c, id), 200);
};
