import { createHash } from 'node:crypto';
import { requiredDocumentTypes } from '../../domain/requiredDocuments.ts';
import type { AccountType, DocumentStatus, DocumentType, FiledBy, RejectReasonCode } from '../../domain/vocabulary.ts';
import { DOCUMENT_REJECTIONS } from './catalog.ts';
import { secondsAfter } from './eventTimes.ts';
import type { Rng } from './random.ts';
import type { Staff } from './staffPool.ts';
import type { Timeline } from './timeline.ts';

// The supporting documents of a demo request, consistent with its status: an
// approved request has every required type verified; one waiting for the
// customer lacks (or had rejected) exactly the types the reviewer asked for; a
// re-upload is a new row with the next attempt number, the old one stays rejected.

export interface DocumentDraft {
  type: DocumentType;
  status: DocumentStatus;
  attempt: number;
  rejectionReason: string | null;
  rejectionFinal: boolean;
  fileName: string;
  mimeType: 'image/jpeg' | 'image/png' | 'application/pdf';
  sizeBytes: number;
  sha256: string;
  uploadedAt: number;
  reviewedAt: number | null;
  reviewer: Staff | null;
}

export interface DocumentFacts {
  accountType: AccountType;
  filedBy: FiledBy;
  timeline: Timeline;
  rejectReason: RejectReasonCode | null;
  now: number;
  /** Makes file hashes unique per request and reproducible. */
  hashKey: string;
}

export interface DocumentSet {
  documents: DocumentDraft[];
  /** What the reviewer asked for in the info request (empty without one). */
  requestedTypes: DocumentType[];
}

const PDF_LIKELY: ReadonlySet<DocumentType> = new Set([
  'business_license',
  'authorization_letter',
  'proof_of_purchase',
]);

const NAMED_FILES: Partial<Record<DocumentType, readonly string[]>> = {
  id_card_front: ['身份证正面', '身份证人像面', 'idcard_front'],
  id_card_back: ['身份证反面', '身份证国徽面', 'idcard_back'],
  id_card_handheld: ['手持身份证', 'selfie_with_id'],
  business_license: ['营业执照', '营业执照副本', 'business_license'],
  authorization_letter: ['授权委托书', '授权书(签字版)', 'authorization'],
  proof_of_purchase: ['购卡订单截图', 'order'],
  other: ['补充说明'],
};

function fileMeta(
  rng: Rng,
  type: DocumentType,
  uploadedAt: number,
): Pick<DocumentDraft, 'fileName' | 'mimeType' | 'sizeBytes'> {
  const kind = PDF_LIKELY.has(type) && rng.chance(0.6) ? 'pdf' : rng.chance(0.75) ? 'jpg' : 'png';
  const stamp = new Date(uploadedAt + 8 * 3_600_000 - rng.int(60, 86_400 * 20) * 1000)
    .toISOString()
    .replace(/[-:T]/g, '')
    .slice(0, 14);
  const base = rng.weighted({
    named: 35,
    camera: kind === 'pdf' ? 0 : 30,
    wechat: kind === 'jpg' ? 20 : 0,
    scan: kind === 'pdf' ? 40 : 0,
    screenshot: kind === 'png' ? 30 : 0,
  });
  const names: Record<typeof base, string> = {
    named: rng.pick(NAMED_FILES[type] ?? ['file']),
    camera: `IMG_${stamp.slice(0, 8)}_${stamp.slice(8)}`,
    wechat: `mmexport${uploadedAt - rng.int(60, 86_400 * 20) * 1000}`,
    scan: `scan${rng.digits(4)}`,
    screenshot: `Screenshot_${stamp.slice(0, 8)}-${stamp.slice(8)}`,
  };
  const size =
    kind === 'pdf'
      ? rng.int(60_000, 2_500_000)
      : kind === 'png'
        ? rng.int(250_000, 6_500_000)
        : rng.int(120_000, 4_800_000);
  return {
    fileName: `${names[base]}.${kind}`,
    mimeType: kind === 'pdf' ? 'application/pdf' : kind === 'png' ? 'image/png' : 'image/jpeg',
    sizeBytes: size,
  };
}

/** The type a rejection for this reason falls on. */
function rejectedTypeFor(reason: RejectReasonCode, required: DocumentType[], rng: Rng): DocumentType | null {
  switch (reason) {
    case 'identity_mismatch':
      return required.includes('id_card_front') ? 'id_card_front' : 'business_license';
    case 'not_account_holder':
      return 'authorization_letter';
    case 'documents_invalid':
      return rng.pick(required);
    default:
      return null;
  }
}

/** When a request is refused over a document, the reason names the real problem. */
const FINAL_REJECTIONS: Partial<Record<RejectReasonCode, string>> = {
  identity_mismatch: '证件姓名或号码与账户实名登记信息不一致',
  not_account_holder: '授权书签名与账户持有人不符',
};

function between(rng: Rng, from: number, to: number): number {
  return to <= from ? from : from + Math.floor((to - from) * (0.05 + 0.6 * rng.float()));
}

export function draftDocuments(rng: Rng, f: DocumentFacts): DocumentSet {
  const t = f.timeline;
  const required = requiredDocumentTypes({ accountType: f.accountType, filedBy: f.filedBy });
  const types = [...required];
  if (f.accountType === 'personal' && rng.chance(0.06)) types.push('id_card_handheld');
  if (rng.chance(0.04)) types.push('proof_of_purchase');

  const requestedTypes: DocumentType[] = [];
  const neverUploaded = new Set<DocumentType>();
  if (t.infoAt !== null) {
    requestedTypes.push(rng.pick(required));
    const second = rng.pick(types);
    if (rng.chance(0.2) && !requestedTypes.includes(second)) requestedTypes.push(second);
    // Asked for because it was never uploaded (the rest were uploaded and turned down).
    for (const type of requestedTypes) if (rng.chance(0.35)) neverUploaded.add(type);
  } else if (t.status === 'submitted' && rng.chance(0.12)) {
    neverUploaded.add(rng.pick(required));
  }

  const docs: DocumentDraft[] = [];
  let n = 0;
  const upload = (type: DocumentType, at: number, attempt: number): DocumentDraft => {
    const doc: DocumentDraft = {
      type,
      status: 'submitted',
      attempt,
      rejectionReason: null,
      rejectionFinal: false,
      ...fileMeta(rng, type, at),
      sha256: createHash('sha256').update(`${f.hashKey}:${n++}`).digest('hex'),
      uploadedAt: at,
      reviewedAt: null,
      reviewer: null,
    };
    docs.push(doc);
    return doc;
  };
  const review = (doc: DocumentDraft, status: 'verified' | 'rejected', at: number, final = false): void => {
    doc.status = status;
    doc.reviewedAt = Math.max(at, doc.uploadedAt + 1000);
    doc.reviewer = t.assignee;
    if (status === 'rejected') {
      doc.rejectionReason =
        (final && f.rejectReason && FINAL_REJECTIONS[f.rejectReason]) || rng.pick(DOCUMENT_REJECTIONS[doc.type]);
      doc.rejectionFinal = final;
    }
  };

  let uploadAt = t.submittedAt;
  for (const type of types) {
    if (neverUploaded.has(type)) continue;
    uploadAt = secondsAfter(rng, uploadAt, 3, 40);
    upload(type, uploadAt, 1);
  }
  // The info request turns down what it asks again for.
  if (t.infoAt !== null && t.claimedAt !== null) {
    for (const doc of docs)
      if (requestedTypes.includes(doc.type)) review(doc, 'rejected', between(rng, t.claimedAt, t.infoAt));
  }
  // The customer's answer: the requested types uploaded (again) just before answering.
  if (t.answeredAt !== null && t.infoAt !== null) {
    const answeredAt = t.answeredAt;
    const infoAt = t.infoAt;
    requestedTypes.forEach((type, i) => {
      const answerUploadAt = Math.max(
        infoAt + 1000 * (i + 1),
        answeredAt - (requestedTypes.length - i) * rng.int(20_000, 40_000),
      );
      upload(type, answerUploadAt, neverUploaded.has(type) ? 1 : 2);
    });
  }

  const latest = docs.filter((d) => !docs.some((o) => o.type === d.type && o.attempt > d.attempt));
  const pending = latest.filter((d) => d.status === 'submitted');
  const reviewStart = Math.max(t.claimedAt ?? t.submittedAt, t.answeredAt ?? 0);
  const reviewEnd = t.decidedAt ?? (t.infoAt !== null && t.answeredAt === null ? t.infoAt : f.now - 60_000);
  const verifyShare: Record<string, number> = {
    approved: 1,
    rejected: 0.85,
    paused_instead: 0.5,
    in_review: 0.5,
    awaiting_customer: 0.7,
  };
  let share = verifyShare[t.status] ?? 0;
  if (t.status === 'withdrawn') share = t.withdrawnFrom === 'submitted' ? 0 : 0.4;
  if (t.status === 'rejected' && f.rejectReason === 'duplicate_request') share = 0;
  const finalReject = t.status === 'rejected' && f.rejectReason ? rejectedTypeFor(f.rejectReason, required, rng) : null;

  for (const doc of pending) {
    if (doc.type === finalReject) {
      review(doc, 'rejected', between(rng, reviewStart, reviewEnd), true);
    } else if (share >= 1 || (share > 0 && rng.chance(share))) {
      // In awaiting_customer the checks happened before the info request.
      const end = t.status === 'awaiting_customer' && t.infoAt !== null ? t.infoAt : reviewEnd;
      review(doc, 'verified', between(rng, Math.max(reviewStart, doc.uploadedAt), end));
    }
  }
  // A final rejection of a type the customer never uploaded has nothing to mark:
  // the missing document is then the reason, as the customer message says.
  return { documents: docs, requestedTypes };
}
