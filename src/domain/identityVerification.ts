// The assignee's "核验持有人身份": when the operator's real-name record does not
// vouch for the holder, the reviewer checks the verified ID documents against
// the holder's data and records it (an audited action that sets the account's
// identity_verified). Runs after the lifecycle's check (status, role, assignee).

import { latestDocumentByType, requiredDocumentTypes, type DocumentLike } from './requiredDocuments.ts';
import type { AccountType, DocumentType, FiledBy } from './vocabulary.ts';

/** The documents that say who the holder is: a person's ID card, a company's licence. */
const IDENTITY_DOCUMENT_TYPES: readonly DocumentType[] = [
  'id_card_front',
  'id_card_back',
  'id_card_handheld',
  'business_license',
];

/** The required documents that identify the holder; each must be verified before the identity can be. */
export function identityDocumentTypes(r: { accountType: AccountType; filedBy: FiledBy }): DocumentType[] {
  return requiredDocumentTypes(r).filter((t) => IDENTITY_DOCUMENT_TYPES.includes(t));
}

export interface IdentityFacts {
  request: { accountType: AccountType; filedBy: FiledBy };
  identityVerified: boolean;
  documents: DocumentLike[];
}

export type IdentityCheck =
  | { ok: true }
  | {
      ok: false;
      status: 409;
      code: 'identity_already_verified' | 'identity_documents_unverified';
      message: string;
      /** The identity documents not yet verified (missing, submitted or rejected). */
      unverifiedDocuments?: DocumentType[];
    };

export function checkIdentityVerification(f: IdentityFacts): IdentityCheck {
  if (f.identityVerified) {
    return {
      ok: false,
      status: 409,
      code: 'identity_already_verified',
      message: "the holder's identity is already verified",
    };
  }
  const latest = latestDocumentByType(f.documents);
  const unverifiedDocuments = identityDocumentTypes(f.request).filter((t) => latest.get(t)?.status !== 'verified');
  if (unverifiedDocuments.length > 0) {
    return {
      ok: false,
      status: 409,
      code: 'identity_documents_unverified',
      message: `verify the ID documents first: ${unverifiedDocuments.join(', ')} not verified`,
      unverifiedDocuments,
    };
  }
  return { ok: true };
}
