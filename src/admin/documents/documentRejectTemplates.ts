import type { Language } from '../../domain/vocabulary.ts';

/**
 * Common reasons a document fails, in the customer's language: the reason is
 * shown to the customer (and sent to them when they are asked to upload again).
 */
export const DOCUMENT_REJECT_REASONS = ['blurry', 'incomplete', 'expired', 'mismatch', 'wrong_type'] as const;
export type DocumentRejectReason = (typeof DOCUMENT_REJECT_REASONS)[number];

export const DOCUMENT_REJECT_TEMPLATES: Record<Language, Record<DocumentRejectReason, string>> = {
  'zh-CN': {
    blurry: '照片模糊或反光，证件信息无法辨认，请在光线充足处重新拍摄。',
    incomplete: '证件未完整拍摄，请确保四角可见、信息无遮挡。',
    expired: '证件已超过有效期，请提供有效期内的证件。',
    mismatch: '证件上的信息与账户登记的持有人信息不一致。',
    wrong_type: '上传的文件不是所需的材料，请上传正确的材料。',
  },
  en: {
    blurry: 'The photo is blurred or has glare and the details cannot be read; please take it again in good light.',
    incomplete: 'The document is not fully in the picture; all four corners must be visible and nothing covered.',
    expired: 'The document has expired; please provide one that is still valid.',
    mismatch: "The details on the document do not match the account holder's.",
    wrong_type: 'The file is not the document we asked for; please upload the right one.',
  },
};
