import { describe, it, expect } from 'vitest';
import {
  documentChecklist,
  documentProgress,
  latestDocumentByType,
  requiredDocumentTypes,
  type DocumentLike,
} from '../../src/domain/requiredDocuments.ts';

let nextId = 1;
function aDocument(overrides: Partial<DocumentLike> & Pick<DocumentLike, 'type'>): DocumentLike {
  return { id: nextId++, status: 'submitted', attempt: 1, ...overrides };
}

describe('required documents', () => {
  it('a personal account filed by the holder needs both ID card sides', () => {
    expect(requiredDocumentTypes({ accountType: 'personal', filedBy: 'holder' })).toEqual([
      'id_card_front',
      'id_card_back',
    ]);
  });

  it('a personal account filed by an agent also needs the authorization letter', () => {
    expect(requiredDocumentTypes({ accountType: 'personal', filedBy: 'agent' })).toEqual([
      'id_card_front',
      'id_card_back',
      'authorization_letter',
    ]);
  });

  it('a business account needs the business licence and the authorization letter', () => {
    expect(requiredDocumentTypes({ accountType: 'business', filedBy: 'holder' })).toEqual([
      'business_license',
      'authorization_letter',
    ]);
  });

  it('a business account filed by an agent lists the authorization letter once', () => {
    expect(requiredDocumentTypes({ accountType: 'business', filedBy: 'agent' })).toEqual([
      'business_license',
      'authorization_letter',
    ]);
  });
});

describe('document checklist', () => {
  const personal = requiredDocumentTypes({ accountType: 'personal', filedBy: 'holder' });

  it('a required type with no document is missing', () => {
    expect(documentChecklist(personal, [])).toEqual([
      { type: 'id_card_front', required: true, status: 'missing', documentId: null, attempts: 0 },
      { type: 'id_card_back', required: true, status: 'missing', documentId: null, attempts: 0 },
    ]);
  });

  it('a re-upload (attempt 2) decides the status over the rejected first attempt', () => {
    const rejected = aDocument({
      type: 'id_card_front',
      status: 'rejected',
      attempt: 1,
      uploadedAt: '2026-03-03T10:00:00+08:00',
    });
    const again = aDocument({
      type: 'id_card_front',
      status: 'submitted',
      attempt: 2,
      uploadedAt: '2026-03-02T10:00:00+08:00',
    });
    const [front] = documentChecklist(personal, [again, rejected]);
    expect(front).toEqual({
      type: 'id_card_front',
      required: true,
      status: 'submitted',
      documentId: again.id,
      attempts: 2,
    });
  });

  it('with equal attempts the later upload decides, whether given as a string or a Date', () => {
    const earlier = aDocument({
      type: 'id_card_back',
      status: 'verified',
      uploadedAt: new Date('2026-03-02T02:00:00Z'),
    });
    const later = aDocument({ type: 'id_card_back', status: 'rejected', uploadedAt: '2026-03-02T11:00:00+08:00' });
    expect(documentChecklist(personal, [later, earlier])[1]?.status).toBe('rejected');
    expect(documentChecklist(personal, [earlier, later])[1]?.documentId).toBe(later.id);
  });

  it('with equal attempts and upload times the highest id decides', () => {
    const a = aDocument({ id: 10, type: 'id_card_front', status: 'verified' });
    const b = aDocument({ id: 11, type: 'id_card_front', status: 'rejected' });
    expect(latestDocumentByType([b, a]).get('id_card_front')?.id).toBe(11);
    expect(latestDocumentByType([a, b]).get('id_card_front')?.id).toBe(11);
  });

  it('counts every upload of a type as an attempt', () => {
    const docs = [
      aDocument({ type: 'id_card_back', attempt: 1, status: 'rejected' }),
      aDocument({ type: 'id_card_back', attempt: 2, status: 'rejected' }),
      aDocument({ type: 'id_card_back', attempt: 3, status: 'verified' }),
    ];
    expect(documentChecklist(personal, docs)[1]).toMatchObject({ status: 'verified', attempts: 3 });
  });

  it('documents of types not required follow the required ones, in vocabulary order, marked not required', () => {
    const docs = [
      aDocument({ type: 'other', status: 'submitted' }),
      aDocument({ type: 'id_card_front', status: 'verified' }),
      aDocument({ type: 'id_card_handheld', status: 'verified' }),
    ];
    expect(documentChecklist(personal, docs).map((e) => [e.type, e.required, e.status])).toEqual([
      ['id_card_front', true, 'verified'],
      ['id_card_back', true, 'missing'],
      ['id_card_handheld', false, 'verified'],
      ['other', false, 'submitted'],
    ]);
  });
});

describe('document progress', () => {
  it('counts verified required documents only; a verified extra does not count', () => {
    const personal = requiredDocumentTypes({ accountType: 'personal', filedBy: 'agent' });
    const entries = documentChecklist(personal, [
      aDocument({ type: 'id_card_front', status: 'verified' }),
      aDocument({ type: 'id_card_back', status: 'submitted' }),
      aDocument({ type: 'proof_of_purchase', status: 'verified' }),
    ]);
    expect(documentProgress(entries)).toEqual({ verified: 1, required: 3 });
  });
});
