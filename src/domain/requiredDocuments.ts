// Which supporting documents a request needs, and where each one stands.

import {
  DOCUMENT_TYPES,
  type AccountType,
  type DocumentStatus,
  type DocumentType,
  type FiledBy,
} from './vocabulary.ts';

const BY_ACCOUNT_TYPE: Record<AccountType, readonly DocumentType[]> = {
  personal: ['id_card_front', 'id_card_back'],
  // A company acts through a person, so the letter authorising them is always needed.
  business: ['business_license', 'authorization_letter'],
};

/** Personal: both ID card sides; business: licence and authorization letter; an agent adds the letter. */
export function requiredDocumentTypes(r: { accountType: AccountType; filedBy: FiledBy }): DocumentType[] {
  const types = [...BY_ACCOUNT_TYPE[r.accountType]];
  if (r.filedBy === 'agent' && !types.includes('authorization_letter')) types.push('authorization_letter');
  return types;
}

export interface DocumentLike {
  id: number;
  type: DocumentType;
  status: DocumentStatus;
  attempt?: number;
  uploadedAt?: string | Date;
}

interface ChecklistEntry {
  type: DocumentType;
  required: boolean;
  /** The latest document's status, or 'missing' when none of this type was uploaded. */
  status: DocumentStatus | 'missing';
  documentId: number | null;
  /** How many times this type was uploaded (the highest attempt number if that is larger). */
  attempts: number;
}

function uploadedMs(d: DocumentLike): number {
  if (d.uploadedAt === undefined) return Number.NEGATIVE_INFINITY;
  const ms = d.uploadedAt instanceof Date ? d.uploadedAt.getTime() : Date.parse(d.uploadedAt);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

// A re-upload supersedes the earlier file: highest attempt, then latest upload, then highest id.
function isLater(a: DocumentLike, b: DocumentLike): boolean {
  const attemptA = a.attempt ?? 0;
  const attemptB = b.attempt ?? 0;
  if (attemptA !== attemptB) return attemptA > attemptB;
  const upA = uploadedMs(a);
  const upB = uploadedMs(b);
  if (upA !== upB) return upA > upB;
  return a.id > b.id;
}

/** The document of each type that decides that type's status. */
export function latestDocumentByType(documents: DocumentLike[]): Map<DocumentType, DocumentLike> {
  const latest = new Map<DocumentType, DocumentLike>();
  for (const d of documents) {
    const current = latest.get(d.type);
    if (!current || isLater(d, current)) latest.set(d.type, d);
  }
  return latest;
}

function entryFor(
  type: DocumentType,
  required: boolean,
  documents: DocumentLike[],
  latest?: DocumentLike,
): ChecklistEntry {
  const ofType = documents.filter((d) => d.type === type);
  const highestAttempt = Math.max(0, ...ofType.map((d) => d.attempt ?? 0));
  return {
    type,
    required,
    status: latest?.status ?? 'missing',
    documentId: latest?.id ?? null,
    attempts: Math.max(ofType.length, highestAttempt),
  };
}

/**
 * One entry per required type (in the given order), then one per other type
 * that was uploaded anyway (in DOCUMENT_TYPES order), so reviewers see everything.
 */
export function documentChecklist(required: DocumentType[], documents: DocumentLike[]): ChecklistEntry[] {
  const latest = latestDocumentByType(documents);
  const requiredSet = new Set(required);
  const entries = [...requiredSet].map((type) => entryFor(type, true, documents, latest.get(type)));
  for (const type of DOCUMENT_TYPES) {
    const doc = latest.get(type);
    if (doc && !requiredSet.has(type)) entries.push(entryFor(type, false, documents, doc));
  }
  return entries;
}

/** Verified required documents out of required ones ("1 / 2 verified"). */
export function documentProgress(entries: ChecklistEntry[]): { verified: number; required: number } {
  const required = entries.filter((e) => e.required);
  return { verified: required.filter((e) => e.status === 'verified').length, required: required.length };
}
