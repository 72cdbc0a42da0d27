import type { Database } from '../db/database.ts';
import type { StaffIdentity } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { writeAudit } from '../sql/audit.ts';
import { checkIdentityVerification, identityDocumentTypes } from '../../domain/identityVerification.ts';
import { latestDocumentByType } from '../../domain/requiredDocuments.ts';
import { runRequestAction } from './requestTransaction.ts';

/**
 * The assignee records that the verified ID documents match the holder's data:
 * the account's identity_verified is set, with an account audit event beside
 * the request's. Refused (409) until the ID documents are verified.
 */
export function verifyIdentity(
  database: Database,
  id: number,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
) {
  return runRequestAction(
    database,
    { id, action: 'verify_identity', expectedVersion, actor: { kind: 'staff', user }, now },
    async ({ trx, row }) => {
      const account = await trx
        .selectFrom('accounts')
        .select(['id', 'identityVerified'])
        .where('id', '=', row.accountId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const documents = await trx
        .selectFrom('documents')
        .select(['id', 'type', 'status', 'attempt', 'uploadedAt'])
        .where('requestId', '=', row.id)
        .execute();
      const check = checkIdentityVerification({ request: row, identityVerified: account.identityVerified, documents });
      if (!check.ok) {
        throw new ApiError(check.status, check.message, undefined, {
          code: check.code,
          unverifiedDocuments: check.unverifiedDocuments,
        });
      }
      await trx
        .updateTable('accounts')
        .set({ identityVerified: true, updatedAt: now })
        .where('id', '=', account.id)
        .execute();
      // The ID documents the holder's data was checked against, for the audit trail.
      const latest = latestDocumentByType(documents);
      const verifiedDocumentIds = identityDocumentTypes(row)
        .map((type) => latest.get(type)!.id)
        .sort((a, b) => a - b);
      await writeAudit(trx, {
        actor: { type: 'staff', user },
        action: 'account.identity_verified',
        entityType: 'account',
        entityId: account.id,
        requestId: row.id,
        accountId: account.id,
        before: { identityVerified: false },
        after: { identityVerified: true, by: 'assignee', documentIds: verifiedDocumentIds },
        at: now,
      });
      return { auditExtra: { identityVerified: true, documentIds: verifiedDocumentIds } };
    },
  );
}
