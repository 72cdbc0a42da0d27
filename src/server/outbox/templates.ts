import { formatFen } from '../../domain/money.ts';
import type { Language, NotificationEvent } from '../../domain/vocabulary.ts';

// Outbox texts (email subject + body, SMS) per customer-visible event, in the customer's language. They follow
// the product's promises: 3-7 working days, cancellation is final, back up data.

export interface MessageFacts {
  name: string;
  number: string;
  /** Documents asked for, already in the customer's language; empty when none. */
  documents?: string;
  /** Open orders (numbers) to finish or cancel; empty when none. */
  orders?: string;
  /** The reviewer's message to the customer (info request or rejection), or finance's reason for refusing a refund. */
  message?: string;
  amountFen?: number;
  payoutReference?: string;
}

export interface RenderedMessage {
  subject: string;
  email: string;
  sms: string;
}

const BRAND_ZH = '【云享流量】';
const BRAND_EN = '[CloudData]';

// Integer arithmetic only (money.ts): "1,000.01", never a float's 1000.0099999.
function yuan(fen: number): string {
  return formatFen(fen).replace('¥', '');
}

const ZH: Record<NotificationEvent, (f: MessageFacts) => RenderedMessage> = {
  request_received: (f) => ({
    subject: `注销申请已受理（${f.number}）`,
    email: `尊敬的${f.name}：\n您的账户注销申请（编号 ${f.number}）已受理。审核通常需要3-7个工作日，进度可在账户中查看；如需补充材料，我们会通过邮件和短信通知您。`,
    sms: `${BRAND_ZH}您的注销申请${f.number}已受理，审核需3-7个工作日，请留意后续通知。`,
  }),
  // Each list appears only when it has something in it, so the text never points at an empty list.
  info_requested: (f) => ({
    subject: `注销申请需补充材料（${f.number}）`,
    email: [
      `尊敬的${f.name}：\n您的注销申请（编号 ${f.number}）需要您补充信息后才能继续审核。`,
      f.documents ? `需要补充的材料：${f.documents}。` : '',
      f.orders ? `请先完成或取消以下订单：${f.orders}。` : '',
      f.message ?? '',
      '请登录账户处理，补充期间审核时限暂停计算。',
    ]
      .filter(Boolean)
      .join('\n'),
    sms: f.documents
      ? `${BRAND_ZH}您的注销申请${f.number}需补充材料：${f.documents}，请登录账户上传。`
      : `${BRAND_ZH}您的注销申请${f.number}需要您补充信息，详情已发送至邮箱，也可登录账户查看。`,
  }),
  approved: (f) => ({
    subject: `账户已注销（${f.number}）`,
    email: `尊敬的${f.name}：\n您的注销申请（编号 ${f.number}）已审核通过，账户已注销，所有服务已停止。注销不可撤销，账户及相关数据无法恢复；如有与该卡相关的重要数据，请确认已备份。如有余额，将按原路退款。`,
    sms: `${BRAND_ZH}您的账户已注销（${f.number}），服务已停止。注销不可恢复，请确认已备份与该卡相关的数据。`,
  }),
  rejected: (f) => ({
    subject: `注销申请未通过（${f.number}）`,
    email: `尊敬的${f.name}：\n很抱歉，您的注销申请（编号 ${f.number}）未通过审核。\n${f.message ?? ''}\n您的账户和服务保持不变，如有疑问请联系在线客服。`,
    sms: `${BRAND_ZH}您的注销申请${f.number}未通过审核，原因已发送至您的邮箱，也可登录账户查看。`,
  }),
  paused_instead: (f) => ({
    subject: `服务已暂停（${f.number}）`,
    email: `尊敬的${f.name}：\n按您的选择，账户已暂停服务，未注销（申请编号 ${f.number}）。账户、余额和号码均保留，您可随时在账户中申请恢复服务。`,
    sms: `${BRAND_ZH}按您的选择，账户已暂停服务（未注销），余额保留，可随时申请恢复。`,
  }),
  withdrawn: (f) => ({
    subject: `注销申请已撤回（${f.number}）`,
    email: `尊敬的${f.name}：\n您已撤回注销申请（编号 ${f.number}），账户和服务保持不变。`,
    sms: `${BRAND_ZH}您已撤回注销申请${f.number}，账户服务不受影响。`,
  }),
  refund_paid: (f) => ({
    subject: `余额退款已支付（${f.number}）`,
    email: `尊敬的${f.name}：\n您账户的剩余余额 ¥${yuan(f.amountFen ?? 0)} 已退款，付款流水号 ${f.payoutReference ?? ''}，一般1-3个工作日到账。`,
    sms: `${BRAND_ZH}余额退款¥${yuan(f.amountFen ?? 0)}已支付，流水号${f.payoutReference ?? ''}，1-3个工作日到账。`,
  }),
  refund_rejected: (f) => ({
    subject: `余额退款未通过（${f.number}）`,
    email: `尊敬的${f.name}：\n很抱歉，您账户余额 ¥${yuan(f.amountFen ?? 0)} 的退款申请未通过审核。\n原因：${f.message ?? ''}\n如有疑问请联系在线客服。`,
    sms: `${BRAND_ZH}您的余额退款¥${yuan(f.amountFen ?? 0)}未通过审核，原因：${f.message ?? ''}。如有疑问请联系客服。`,
  }),
  info_reminder: (f) => ({
    subject: `提醒：注销申请仍需补充材料（${f.number}）`,
    email: `尊敬的${f.name}：\n您的注销申请（编号 ${f.number}）仍在等待您补充：${f.documents || '所需信息'}。\n请登录账户上传或回复；长时间未补充，申请将因未回复而被驳回。`,
    sms: `${BRAND_ZH}提醒：注销申请${f.number}仍待补充${f.documents || '所需信息'}，请登录账户处理。`,
  }),
  rejected_no_response: (f) => ({
    subject: `注销申请因未补充材料未通过（${f.number}）`,
    email: `尊敬的${f.name}：\n您的注销申请（编号 ${f.number}）在规定时间内未收到您补充的材料，因此未通过审核。\n${f.message ?? ''}\n您的账户和服务保持不变；如仍需注销，请重新提交申请。`,
    sms: `${BRAND_ZH}注销申请${f.number}因未按时补充材料未通过，账户服务不变，可重新提交申请。`,
  }),
};

const EN: Record<NotificationEvent, (f: MessageFacts) => RenderedMessage> = {
  request_received: (f) => ({
    subject: `We received your cancellation request (${f.number})`,
    email: `Dear ${f.name},\nWe received your request to close your account (${f.number}). Review usually takes 3-7 working days; you can follow it in your account, and we will email and text you if we need anything.`,
    sms: `${BRAND_EN} Cancellation request ${f.number} received. Review takes 3-7 working days.`,
  }),
  info_requested: (f) => ({
    subject: `More information needed (${f.number})`,
    email: [
      `Dear ${f.name},\nTo continue with your cancellation request (${f.number}) we need more from you.`,
      f.documents ? `Documents to upload: ${f.documents}.` : '',
      f.orders ? `Orders to finish or cancel first: ${f.orders}.` : '',
      f.message ?? '',
      'Please do this in your account. The review clock is paused until then.',
    ]
      .filter(Boolean)
      .join('\n'),
    sms: f.documents
      ? `${BRAND_EN} Request ${f.number}: please upload ${f.documents} in your account.`
      : `${BRAND_EN} Request ${f.number}: we need more information. Details in your email and account.`,
  }),
  approved: (f) => ({
    subject: `Your account is closed (${f.number})`,
    email: `Dear ${f.name},\nYour cancellation request (${f.number}) was approved: the account is closed and all services have stopped. Cancellation is final and cannot be undone; please make sure you have backed up any data tied to this card. Any remaining balance will be refunded.`,
    sms: `${BRAND_EN} Account closed (${f.number}). This is final: please make sure your data is backed up.`,
  }),
  rejected: (f) => ({
    subject: `Cancellation request not approved (${f.number})`,
    email: `Dear ${f.name},\nWe could not approve your cancellation request (${f.number}).\n${f.message ?? ''}\nYour account and services are unchanged.`,
    sms: `${BRAND_EN} Request ${f.number} was not approved. Details in your email and account.`,
  }),
  paused_instead: (f) => ({
    subject: `Service paused (${f.number})`,
    email: `Dear ${f.name},\nAs you chose, your service is paused instead of cancelled (${f.number}). Your account, balance and number are kept; you can resume at any time.`,
    sms: `${BRAND_EN} Service paused, not cancelled. Your balance is kept; resume any time.`,
  }),
  withdrawn: (f) => ({
    subject: `Cancellation request withdrawn (${f.number})`,
    email: `Dear ${f.name},\nYou withdrew your cancellation request (${f.number}). Your account and services are unchanged.`,
    sms: `${BRAND_EN} Request ${f.number} withdrawn. Your service continues.`,
  }),
  refund_paid: (f) => ({
    subject: `Balance refund paid (${f.number})`,
    email: `Dear ${f.name},\nYour remaining balance of CNY ${yuan(f.amountFen ?? 0)} has been refunded (reference ${f.payoutReference ?? ''}). It usually arrives within 1-3 working days.`,
    sms: `${BRAND_EN} Refund of CNY ${yuan(f.amountFen ?? 0)} paid, ref ${f.payoutReference ?? ''}.`,
  }),
  refund_rejected: (f) => ({
    subject: `Balance refund not approved (${f.number})`,
    email: `Dear ${f.name},\nWe could not approve the refund of your remaining balance of CNY ${yuan(f.amountFen ?? 0)}.\nReason: ${f.message ?? ''}\nIf you have any questions, please contact customer service.`,
    sms: `${BRAND_EN} Refund of CNY ${yuan(f.amountFen ?? 0)} not approved: ${f.message ?? ''}. Contact customer service with questions.`,
  }),
  info_reminder: (f) => ({
    subject: `Reminder: information still needed (${f.number})`,
    email: `Dear ${f.name},\nYour cancellation request (${f.number}) is still waiting for: ${f.documents || 'the information we asked for'}.\nPlease upload it or reply in your account; without an answer the request will be closed for no response.`,
    sms: `${BRAND_EN} Reminder: request ${f.number} still needs ${f.documents || 'your answer'}. Please reply in your account.`,
  }),
  rejected_no_response: (f) => ({
    subject: `Cancellation request closed: no response (${f.number})`,
    email: `Dear ${f.name},\nWe did not receive the information asked for your cancellation request (${f.number}) in time, so it could not be approved.\n${f.message ?? ''}\nYour account and services are unchanged; you may submit a new request at any time.`,
    sms: `${BRAND_EN} Request ${f.number} closed: no response in time. Your service continues; you may apply again.`,
  }),
};

export function renderMessage(language: Language, event: NotificationEvent, facts: MessageFacts): RenderedMessage {
  return (language === 'en' ? EN : ZH)[event](facts);
}
