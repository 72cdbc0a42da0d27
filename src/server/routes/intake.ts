import { Hono } from 'hono';
import type { AppEnv, IntakeKey } from '../env.ts';
import { ApiError, badRequest, notFound } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { requireIntakeKey } from '../auth/requireIntakeKey.ts';
import { customerAnswer } from '../actions/customerAnswer.ts';
import { submitRequest } from '../actions/submitRequest.ts';
import { withdrawRequest } from '../actions/withdrawRequest.ts';
import { customerView } from '../sql/customerView.ts';
import { handleUpload } from '../documents/handleUpload.ts';
import { REQUEST_NUMBER_PATTERN } from '../../domain/requestNumber.ts';
import { intakeAnswerInput, intakeSubmitInput } from '../../domain/actionInputs.ts';

/** The customer's side, for the portal and customer service: `/api/intake/...`, API key only. */
export const intake = new Hono<AppEnv>()
  .use(requireIntakeKey)
  .post('/requests', validate('json', intakeSubmitInput), async (c) => {
    await checkAccountOfKey(c.var.db, c.var.intakeKey, { accountNumber: c.req.valid('json').accountNumber });
    const key = c.req.header('Idempotency-Key')?.trim() || null;
    if (key && key.length > 200) throw badRequest('Idempotency-Key is at most 200 characters');
    const { id, created } = await submitRequest(c.var.deps.database, c.req.valid('json'), key, c.var.deps.now());
    return c.json(await customerView(c.var.db, id, c.var.deps.now()), created ? 201 : 200);
  })
  .get('/requests/:number', async (c) => {
    const { id } = await findByNumber(c.var.db, c.req.param('number'), c.var.intakeKey);
    return c.json(await customerView(c.var.db, id, c.var.deps.now()));
  })
  .post('/requests/:number/answer', validate('json', intakeAnswerInput), async (c) => {
    const { id, holderName } = await findByNumber(c.var.db, c.req.param('number'), c.var.intakeKey);
    await customerAnswer(c.var.deps.database, id, holderName, c.req.valid('json').message ?? null, c.var.deps.now());
    return c.json(await customerView(c.var.db, id, c.var.deps.now()));
  })
  .post('/requests/:number/documents', async (c) => {
    // multipart `type` + `file`; 201 new document, 200 the one these bytes already are.
    const { id, holderName } = await findByNumber(c.var.db, c.req.param('number'), c.var.intakeKey);
    return handleUpload(c, id, { kind: 'customer', name: holderName });
  })
  .post('/requests/:number/withdraw', async (c) => {
    const { id, holderName } = await findByNumber(c.var.db, c.req.param('number'), c.var.intakeKey);
    await withdrawRequest(c.var.deps.database, id, holderName, c.var.deps.now());
    return c.json(await customerView(c.var.db, id, c.var.deps.now()));
  });

type Db = AppEnv['Variables']['db'];

/** A key bound to an account reaches only that account: anything else is refused (403), before any work. */
async function checkAccountOfKey(db: Db, key: IntakeKey, target: { accountId?: number; accountNumber?: string }) {
  if (key.accountId === null) return;
  let accountId = target.accountId;
  if (accountId === undefined && target.accountNumber !== undefined) {
    accountId = (await db.selectFrom('accounts').select('id').where('accountNumber', '=', target.accountNumber).executeTakeFirst())?.id;
  }
  if (accountId !== key.accountId) {
    throw new ApiError(403, 'this intake API key belongs to another account', undefined, { code: 'key_account_mismatch' });
  }
}

async function findByNumber(db: Db, number: string, key: IntakeKey) {
  if (!REQUEST_NUMBER_PATTERN.test(number)) throw notFound('request');
  const row = await db
    .selectFrom('cancellationRequests as r')
    .innerJoin('accounts as a', 'a.id', 'r.accountId')
    .select(['r.id', 'r.accountId', 'a.holderName'])
    .where('r.number', '=', number)
    .executeTakeFirst();
  if (!row) throw notFound('request');
  await checkAccountOfKey(db, key, { accountId: row.accountId });
  return { id: row.id, holderName: row.holderName };
}
