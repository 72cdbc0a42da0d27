import type { DocumentType, ReasonCode, RejectReasonCode } from '../../domain/vocabulary.ts';

// The words demo customers and reviewers write. Kept apart from the generator so
// the generator reads as rules and this file reads as copy.

export interface Plan {
  name: string;
  monthlyFen: number;
}

export const PLANS: readonly Plan[] = [
  { name: '大王卡 月租19元 100GB', monthlyFen: 1900 },
  { name: '大王卡 月租29元 135GB', monthlyFen: 2900 },
  { name: '流量王 月租39元 200GB 通用流量', monthlyFen: 3900 },
  { name: '星卡 月租9元 30GB', monthlyFen: 900 },
  { name: '畅享卡 月租49元 300GB', monthlyFen: 4900 },
  { name: '随身WiFi 年卡 1200GB', monthlyFen: 1658 },
  { name: '物联网卡 月租6元 10GB', monthlyFen: 600 },
  { name: 'eSIM 手表卡 月租15元 20GB', monthlyFen: 1500 },
  { name: 'eSIM 旅行卡 港澳台 月租59元 50GB', monthlyFen: 5900 },
  { name: '企业专线卡 月租99元 500GB', monthlyFen: 9900 },
];

export const ADDON_PACKS: readonly { name: string; amountFen: number }[] = [
  { name: '加油包 5GB（7天有效）', amountFen: 500 },
  { name: '加油包 10GB（当月有效）', amountFen: 1000 },
  { name: '夜间流量包 20GB（当月有效）', amountFen: 800 },
  { name: '视频定向流量包 30GB（30天）', amountFen: 1500 },
  { name: '全国通用流量包 50GB（3个月）', amountFen: 4500 },
];

export const REASON_WEIGHTS: Readonly<Record<ReasonCode, number>> = {
  no_longer_needed: 34,
  switch_provider: 20,
  cost: 15,
  poor_coverage: 12,
  moving_abroad: 7,
  duplicate_account: 5,
  other: 7,
};

export const REASON_TEXTS: Readonly<Record<ReasonCode, { zh: readonly string[]; en: readonly string[] }>> = {
  no_longer_needed: {
    zh: [
      '换了新手机套餐，这张流量卡用不上了',
      '随身WiFi已经不用了',
      '家里装了宽带，不需要流量卡了',
      '孩子毕业了，学校用的卡不再需要',
      '车载设备已卖掉，卡闲置',
      '',
    ],
    en: ['I no longer use this data card.', 'Bought a new phone plan that includes data.', ''],
  },
  switch_provider: {
    zh: ['已办理其他运营商的套餐，信号更好', '公司统一换了移动的卡', '朋友推荐了更便宜的套餐', '改用手机主卡的流量了'],
    en: ['Switched to another carrier.', 'My employer provides a SIM now.'],
  },
  cost: {
    zh: ['月租太贵了，用不了这么多流量', '套餐优惠期结束后费用上涨', '每月都有扣费，想停掉省钱', '学生党，负担不起'],
    en: ['Monthly fee is too high for my usage.', 'The promotional price ended.'],
  },
  poor_coverage: {
    zh: ['所在小区信号差，网速很慢', '老家农村基本没有信号', '地铁里经常断网', '5G标识但网速只有几百K'],
    en: ['Very poor signal where I live.', 'Speed is far below what was advertised.'],
  },
  moving_abroad: {
    zh: ['出国读书，长期不在国内', '外派海外工作两年', '移民了，国内的卡都注销'],
    en: ['Moving back to my home country.', 'Leaving China at the end of my contract.'],
  },
  duplicate_account: {
    zh: ['误办了两张卡，注销多余的一张', '网上下单时重复提交了，收到两张卡'],
    en: ['I was sent two cards by mistake; cancelling the extra one.'],
  },
  other: {
    zh: ['设备丢失，卡也找不到了', '实名信息是朋友帮忙办的，想注销', '不想说', '公司业务调整，停用全部物联网卡'],
    en: ['Personal reasons.', 'Device was lost.'],
  },
};

export const REJECT_REASON_WEIGHTS: Readonly<Record<RejectReasonCode, number>> = {
  // Weight 0 keeps the demo data as it was before the reason existed.
  no_response: 0,
  documents_invalid: 30,
  outstanding_orders: 25,
  identity_mismatch: 20,
  other: 10,
  not_account_holder: 8,
  duplicate_request: 7,
};

/** What the customer is told when rejected, by reason (`{orders}` is filled in). */
export const REJECT_MESSAGES: Readonly<Record<RejectReasonCode, { zh: string; en: string }>> = {
  no_response: {
    zh: '我们请您补充的材料在规定的工作日内未收到，因此本申请未能通过。如仍需注销，请重新提交申请。',
    en: 'We did not receive the information we asked for within the set working days. To cancel, please submit a new request.',
  },
  identity_mismatch: {
    zh: '您提交的证件信息与账户实名登记信息不一致，无法确认为账户持有人本人。请使用实名登记时的证件重新提交注销申请。',
    en: 'The ID you provided does not match the registered account holder. Please submit a new request with the ID used at registration.',
  },
  documents_invalid: {
    zh: '您上传的证明材料无法通过审核（证件过期或照片不清晰）。请准备有效材料后重新提交注销申请。',
    en: 'Your documents could not be accepted (expired or unreadable). Please submit a new request with valid documents.',
  },
  outstanding_orders: {
    zh: '您的账户仍有未完成的订单（长期套餐或流量加油包），请先在账户中取消或等待订单结束后，再提交注销申请。',
    en: 'Your account still has open orders (long-term package or add-on data pack). Please cancel them or let them finish, then submit a new request.',
  },
  not_account_holder: {
    zh: '代办注销需提供账户持有人签字的授权书，您提交的授权书无效。请由账户持有人本人申请，或补齐有效授权书后重新提交。',
    en: 'A request filed on behalf of the holder needs a valid authorization letter signed by the holder. Please file again with one.',
  },
  duplicate_request: {
    zh: '该账户已有一份正在处理的注销申请，本申请已关闭，无需重复提交。',
    en: 'Another cancellation request for this account is already being processed; this one has been closed.',
  },
  other: {
    zh: '您的注销申请暂无法受理，详情请联系在线客服。',
    en: 'We cannot process your request at the moment. Please contact customer service for details.',
  },
};

export const DOCUMENT_LABELS: Readonly<Record<DocumentType, { zh: string; en: string }>> = {
  id_card_front: { zh: '身份证人像面', en: 'ID card (photo side)' },
  id_card_back: { zh: '身份证国徽面', en: 'ID card (emblem side)' },
  id_card_handheld: { zh: '手持身份证照片', en: 'photo holding your ID card' },
  business_license: { zh: '营业执照', en: 'business licence' },
  authorization_letter: { zh: '授权委托书', en: 'authorization letter' },
  proof_of_purchase: { zh: '购卡凭证', en: 'proof of purchase' },
  other: { zh: '其他材料', en: 'other document' },
};

/** Why a reviewer turned a file down, by document type. */
export const DOCUMENT_REJECTIONS: Readonly<Record<DocumentType, readonly string[]>> = {
  id_card_front: [
    '照片模糊，无法辨认证件号码',
    '证件已过期',
    '照片有反光，关键信息被遮挡',
    '上传的是复印件，请上传原件照片',
  ],
  id_card_back: ['照片模糊，无法辨认有效期限', '证件已过期', '上传成了人像面，请上传国徽面'],
  id_card_handheld: ['未露出完整面部', '证件信息被手指遮挡'],
  business_license: ['营业执照已过期', '营业执照副本未加盖公章', '公司名称与账户登记名称不一致'],
  authorization_letter: [
    '授权书缺少账户持有人签字',
    '授权书未加盖公章',
    '授权书模板不正确，请使用官网下载的模板',
    '授权书签名与账户持有人不符',
  ],
  proof_of_purchase: ['凭证看不清订单号'],
  other: ['与本申请无关'],
};

export const INTERNAL_NOTES: readonly string[] = [
  '客户来电催办，已告知审核时限',
  '客服工单转来，客户情绪较急',
  '余额较大，退款需财务双人审批',
  '疑似代办，已电话核实本人意愿',
  '客户表示只想暂停，已介绍暂停服务',
];

export const AGENT_RELATIONS: readonly string[] = ['配偶', '父亲', '母亲', '子女', '朋友', '同事'];

export const REFUND_REJECTIONS: readonly string[] = [
  '余额为活动赠送金额，按规则不予退还',
  '客户已通过客服渠道领取余额，重复申请',
  '收款账户户名与账户持有人不一致，需客户重新提供',
];

export const PAYOUT_FAILURES: readonly string[] = [
  '银行退票：收款账户已销户',
  '银行退票：户名与账号不符',
  '收款银行系统维护，转账未成功',
];

export const EMAIL_FAILURES: readonly string[] = [
  'SMTP 550 5.1.1 mailbox unavailable',
  'SMTP 552 mailbox full',
  'connect ETIMEDOUT smtp relay',
];
export const SMS_FAILURES: readonly string[] = [
  '短信网关返回：号码为空号 (code 15)',
  '短信网关返回：用户已关机，重试超限',
  'sms gateway timeout',
];
