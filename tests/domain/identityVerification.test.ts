import { describe, it, expect } from 'vitest';
import { checkIdentityVerification, identityDocumentTypes } from '../../src/domain/identityVerification.ts';
import type { DocumentStatus, DocumentType } from '../../src/domain/vocabulary.ts';

let nextId = 1;
const doc = (type: DocumentType, status: DocumentStatus, attempt = 1) => ({ id: nextId++, type, status, attempt });
const personal = { accountType: 'personal' as const, filedBy: 'holder' as const };

describe('identityDocumentTypes', () => {
  it('a person is identified by both ID card sides, a company by its licence; the letter identifies nobody', () => {
    expect(identityDocumentTypes(personal)).toEqual(['id_card_front', 'id_card_back']);
    expect(identityDocumentTypes({ accountType: 'personal', filedBy: 'agent' })).toEqual([
      'id_card_front',
      'id_card_back',
    ]);
    expect(identityDocumentTypes({ accountType: 'business', filedBy: 'holder' })).toEqual(['business_license']);
  });
});

describe('checkIdentityVerification', () => {
  it('allowed once every ID document is verified', () => {
    const documents = [doc('id_card_front', 'verified'), doc('id_card_back', 'verified')];
    expect(checkIdentityVerification({ request: personal, identityVerified: false, documents })).toEqual({ ok: true });
  });

  it('refused while an ID document is missing, submitted or rejected, naming each', () => {
    const documents = [doc('id_card_front', 'submitted')];
    expect(checkIdentityVerification({ request: personal, identityVerified: false, documents })).toMatchObject({
      ok: false,
      status: 409,
      code: 'identity_documents_unverified',
      unverifiedDocuments: ['id_card_front', 'id_card_back'],
    });
  });

  it('the latest upload decides: a verified first attempt superseded by a new one does not count', () => {
    const documents = [
      doc('id_card_front', 'verified', 1),
      doc('id_card_front', 'submitted', 2),
      doc('id_card_back', 'verified'),
    ];
    expect(checkIdentityVerification({ request: personal, identityVerified: false, documents })).toMatchObject({
      ok: false,
      unverifiedDocuments: ['id_card_front'],
    });
  });

  it('an identity already verified (real-name record or earlier check) is refused', () => {
    const documents = [doc('id_card_front', 'verified'), doc('id_card_back', 'verified')];
    expect(checkIdentityVerification({ request: personal, identityVerified: true, documents })).toMatchObject({
      ok: false,
      code: 'identity_already_verified',
    });
  });
});
