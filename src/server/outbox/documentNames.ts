import type { DocumentType, Language } from '../../domain/vocabulary.ts';

// Document names as the customer reads them in a message.
const NAMES: Record<Language, Record<DocumentType, string>> = {
  'zh-CN': {
    id_card_front: '身份证人像面',
    id_card_back: '身份证国徽面',
    id_card_handheld: '手持身份证照片',
    business_license: '营业执照',
    authorization_letter: '授权委托书',
    proof_of_purchase: '购卡凭证',
    other: '其他材料',
  },
  en: {
    id_card_front: 'ID card (photo side)',
    id_card_back: 'ID card (emblem side)',
    id_card_handheld: 'photo holding your ID card',
    business_license: 'business licence',
    authorization_letter: 'letter of authorization',
    proof_of_purchase: 'proof of purchase',
    other: 'other documents',
  },
};

export function documentTypeNames(types: readonly DocumentType[], language: string): string {
  const names = NAMES[language === 'en' ? 'en' : 'zh-CN'];
  return types.map((t) => names[t]).join(language === 'en' ? ', ' : '、');
}
