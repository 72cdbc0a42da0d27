import type { Language, RejectReasonCode } from '../../../domain/vocabulary.ts';

// Starting texts for what reviewers write to the customer. They are prefilled
// in the customer's language (the one their email and SMS are sent in) and
// always editable; the reviewer's final text is what the customer reads.

export const REJECT_MESSAGE_TEMPLATES: Record<Language, Record<RejectReasonCode, string>> = {
  'zh-CN': {
    identity_mismatch:
      '经核对，您提交的身份信息与账户登记的持有人信息不一致，因此暂无法办理注销。请使用账户持有人本人的有效身份证件重新提交注销申请。',
    documents_invalid:
      '您提交的证明材料未能通过核验（例如照片模糊、信息不完整或证件已过期），因此暂无法办理注销。请准备清晰、完整、有效的材料后重新提交申请。',
    outstanding_orders:
      '您的账户仍有未完结的订单（如长期套餐或流量加油包），暂时无法注销。请在订单完成或取消后重新提交注销申请。',
    not_account_holder:
      '注销申请须由账户持有人本人提交，或由持有人授权的代办人凭授权委托书提交。请由本人或持授权委托书的代办人重新提交申请。',
    duplicate_request: '您已有一份正在处理的注销申请，本申请作为重复申请不予受理。请在账户中查看原申请的进度。',
    no_response:
      '我们请您补充的材料在规定的工作日内未收到，因此本申请未能通过。您的账户和服务保持不变；如仍需注销，请补齐材料后重新提交申请。',
    other: '经审核，您的注销申请暂无法通过。如有疑问，请联系在线客服。',
  },
  en: {
    identity_mismatch:
      "The identity details you provided do not match the account holder's, so we cannot cancel the account. Please submit a new request with the account holder's own valid ID.",
    documents_invalid:
      'The documents you provided could not be verified (for example a blurred photo, missing details or an expired ID), so we cannot cancel the account yet. Please submit a new request with clear, complete and valid documents.',
    outstanding_orders:
      'Your account still has open orders (a long-term package or an add-on data pack), so it cannot be cancelled yet. Please submit a new request once they are completed or cancelled.',
    not_account_holder:
      'A cancellation must be requested by the account holder, or by someone they authorised with a signed authorization letter. Please submit a new request as the holder or with the letter.',
    duplicate_request:
      'You already have a cancellation request in progress, so this one was closed as a duplicate. You can follow the first request in your account.',
    no_response:
      'We did not receive the information we asked for within the set number of working days, so this request was closed. Your account and services are unchanged; to cancel, please submit a new request with the documents.',
    other:
      'After review, we cannot accept your cancellation request. If you have questions, please contact customer service.',
  },
};

// The message follows what is asked: it speaks of documents or orders only when some are listed above it.
const INFO_REQUEST_PARTS: Record<Language, { documents: string; orders: string; none: string; end: string }> = {
  'zh-CN': {
    documents: '请在账户中上传以上材料：照片需清晰、完整，四角可见，信息无遮挡。',
    orders: '请先完成或取消以上订单，再继续注销。',
    none: '请在账户中补充以下信息：',
    end: '收到后我们会继续审核，补充期间审核时限暂停计算。',
  },
  en: {
    documents:
      'Please upload the documents listed above in your account: clear, complete photos with all four corners visible and nothing covered.',
    orders: 'Please finish or cancel the orders listed above before the cancellation can continue.',
    none: 'Please tell us the following in your account:',
    end: 'We will continue the review as soon as we receive it; the review clock is paused meanwhile.',
  },
};

export function infoRequestTemplate(language: Language, asked: { documents: number; orders: number }): string {
  const p = INFO_REQUEST_PARTS[language];
  const parts = [
    asked.documents > 0 ? p.documents : '',
    asked.orders > 0 ? p.orders : '',
    asked.documents === 0 && asked.orders === 0 ? p.none : '',
    p.end,
  ];
  return parts.filter(Boolean).join(language === 'en' ? ' ' : '');
}
