import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { apiClient } from '../../support/apiClient.ts';
import { aRequest, auditFor } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

type Row = Record<string, any>;
type Client = Awaited<ReturnType<ReturnType<typeof apiClient>['login']>>;

describe.each(testEngines())("verifying the holder's identity on %s", (engine) => {
  let database: Database;
  let reviewer: Client;
  let reviewer2: Client;
  let finance: Client;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const api = apiClient(database);
    [reviewer, reviewer2, finance] = (await Promise.all(
      ['reviewer', 'reviewer2', 'finance'].map((u) => api.login(u)),
    )) as [Client, Client, Client];
  });
  afterAll(() => database.close());

  const act = (who: Client, id: number, action: string, version: number | null) =>
    who.post<Row>(`/api/requests/${id}/${action}`, {}, version === null ? {} : { 'If-Match': `"${version}"` });

  const identityOf = async (accountId: number) =>
    (
      await database.db
        .selectFrom('accounts')
        .select('identityVerified')
        .where('id', '=', accountId)
        .executeTakeFirstOrThrow()
    ).identityVerified;

  it('the approval gate names the action that lifts it', async () => {
    const r = await aRequest(database.db, { identityVerified: false });
    const res = await act(reviewer, r.id, 'approve', r.version);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/verify-identity/);
  });

  it("after the ID documents are verified, the assignee's check unblocks the approval, audited twice", async () => {
    const r = await aRequest(database.db, { identityVerified: false });
    const res = await act(reviewer, r.id, 'verify-identity', r.version);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'in_review', identityVerified: true, version: r.version + 1 });
    expect(await identityOf(r.accountId)).toBe(true);
    expect(await auditFor(database.db, r.id, 'request.identity_verified')).toHaveLength(1);
    const accountEvent = await auditFor(database.db, r.id, 'account.identity_verified');
    expect(accountEvent).toHaveLength(1);
    expect(accountEvent[0]).toMatchObject({ before: { identityVerified: false }, after: { identityVerified: true } });
    expect((await act(reviewer, r.id, 'approve', res.body.version)).status).toBe(200);
  });

  it('is refused (409) while an ID document is not verified, naming it; nothing changes', async () => {
    const r = await aRequest(database.db, { identityVerified: false, documents: 'submitted' });
    const res = await act(reviewer, r.id, 'verify-identity', r.version);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('identity_documents_unverified');
    expect(res.body.message).toMatch(/id_card_front, id_card_back/);
    expect(await identityOf(r.accountId)).toBe(false);
    expect(await auditFor(database.db, r.id)).toEqual([]);
  });

  it('a business holder is identified by the verified licence', async () => {
    const r = await aRequest(database.db, { identityVerified: false, accountType: 'business' });
    expect((await act(reviewer, r.id, 'verify-identity', r.version)).status).toBe(200);
  });

  it('an identity already verified is 409', async () => {
    const r = await aRequest(database.db, { identityVerified: true });
    const res = await act(reviewer, r.id, 'verify-identity', r.version);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('identity_already_verified');
  });

  it('only the assignee (403), never finance (403), needs If-Match (428), not before claiming (409)', async () => {
    const r = await aRequest(database.db, { identityVerified: false });
    expect((await act(reviewer2, r.id, 'verify-identity', r.version)).status).toBe(403);
    expect((await act(finance, r.id, 'verify-identity', r.version)).status).toBe(403);
    expect((await act(reviewer, r.id, 'verify-identity', null)).status).toBe(428);
    const unclaimed = await aRequest(database.db, { status: 'submitted', assignee: null, identityVerified: false });
    expect((await act(reviewer, unclaimed.id, 'verify-identity', unclaimed.version)).status).toBe(409);
    expect(await identityOf(r.accountId)).toBe(false);
  });
});
