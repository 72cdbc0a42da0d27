import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema.ts';
import { requiredDocumentTypes } from '../../src/domain/requiredDocuments.ts';
import type { AccountType, DocumentStatus, FiledBy, Language, RequestStatus } from '../../src/domain/vocabulary.ts';
import { TEST_NOW } from './constants.ts';

let counter = 0;
const unique = () => `${process.pid}${Date.now() % 100000}${++counter}`;

export interface RequestFixture {
  status?: RequestStatus;
  assignee?: string | null;
  accountType?: AccountType;
  filedBy?: FiledBy;
  identityVerified?: boolean;
  balanceFen?: number;
  documents?: DocumentStatus | 'none';
  openOrder?: boolean;
  language?: Language;
  submittedAt?: Date;
  email?: string | null;
}

export async function staffId(db: Kysely<DB>, username: string): Promise<number> {
  return (await db.selectFrom('staffUsers').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

/**
 * A request in exactly the state a test needs, with its account, documents and
 * orders (defaults: a personal account, identity verified, every required
 * document verified, no open order, ¥123.45 balance, in review by `reviewer`).
 */
export async function aRequest(db: Kysely<DB>, f: RequestFixture = {}) {
  const status = f.status ?? 'in_review';
  const accountType = f.accountType ?? 'personal';
  const filedBy = f.filedBy ?? 'holder';
  const n = unique();
  const account = await db
    .insertInto('accounts')
    .values({
      accountNumber: `T${n}`,
      holderName: '测试用户',
      accountType,
      phone: `139${n.slice(-8).padStart(8, '0')}`,
      email: f.email === undefined ? `t${n}@example.com` : f.email,
      planName: '测试套餐',
      balanceFen: f.balanceFen ?? 12345,
      identityVerified: f.identityVerified ?? true,
      language: f.language ?? 'zh-CN',
      companyName: accountType === 'business' ? '测试科技有限公司' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assigneeId = f.assignee === null ? null : await staffId(db, f.assignee ?? 'reviewer');
  const needsAssignee = status === 'in_review' || status === 'awaiting_customer';
  const decided = ['approved', 'rejected', 'paused_instead', 'withdrawn'].includes(status);
  const submittedAt = f.submittedAt ?? new Date(TEST_NOW.getTime() - 26 * 3600_000);
  const request = await db
    .insertInto('cancellationRequests')
    .values({
      number: `ZX261125-${String(90000 + counter).padStart(5, '0')}${n.slice(-3)}`,
      accountId: account.id,
      accountType,
      reasonCode: 'switch_provider',
      filedBy,
      agentName: filedBy === 'agent' ? '代办人' : null,
      channel: 'web',
      status,
      assigneeId: needsAssignee || (status !== 'submitted' && f.assignee) ? assigneeId : null,
      submittedAt,
      decidedAt: decided ? TEST_NOW : null,
      pausedAt: status === 'awaiting_customer' ? TEST_NOW : null,
      riskAt: new Date(submittedAt.getTime() + 3 * 86400_000),
      dueAt: new Date(submittedAt.getTime() + 7 * 86400_000),
    })
    .returning(['id', 'number', 'version', 'accountId'])
    .executeTakeFirstOrThrow();
  if (f.documents !== 'none') {
    const types = requiredDocumentTypes({ accountType, filedBy });
    const documentStatus = f.documents ?? 'verified';
    await db
      .insertInto('documents')
      .values(
        types.map((type, i) => ({
          requestId: request.id,
          accountId: account.id,
          type,
          status: documentStatus,
          rejectionReason: f.documents === 'rejected' ? '照片模糊' : null,
          fileName: `${type}.png`,
          mimeType: 'image/png',
          sizeBytes: 1000,
          sha256: `${String(request.id).padStart(8, '0')}${String(i).padStart(56, '0')}`,
          uploadedByType: 'customer',
        })),
      )
      .execute();
  }
  if (f.openOrder) {
    await db
      .insertInto('orders')
      .values({
        accountId: account.id,
        orderNumber: `DD${n}`,
        kind: 'long_term_package',
        name: '年包',
        status: 'open',
        amountFen: 9900,
      })
      .execute();
  }
  return {
    id: request.id,
    number: request.number,
    version: request.version,
    accountId: account.id,
    accountNumber: `T${n}`,
  };
}

export async function outboxFor(db: Kysely<DB>, requestId: number) {
  return db.selectFrom('notifications').selectAll().where('requestId', '=', requestId).orderBy('id').execute();
}

export async function auditFor(db: Kysely<DB>, requestId: number, action?: string) {
  let q = db.selectFrom('auditEvents').selectAll().where('requestId', '=', requestId);
  if (action) q = q.where('action', '=', action);
  return q.orderBy('id').execute();
}

/** An accepted intake key: a service key for every account, or with `accountId` one bound to that account. */
export async function addIntakeKey(
  db: Kysely<DB>,
  key = `test-intake-key-${unique()}`,
  accountId: number | null = null,
) {
  const { ensureIntakeKey } = await import('../../src/server/sql/intakeKeys.ts');
  await ensureIntakeKey(db, 'test', key, accountId);
  return key;
}

export { sql };
