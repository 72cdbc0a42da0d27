import type {
  AccountStatus,
  AccountType,
  CardKind,
  Language,
  OrderKind,
  OrderStatus,
} from '../../domain/vocabulary.ts';
import { ADDON_PACKS, PLANS } from './catalog.ts';
import {
  chineseName,
  companyName,
  emailFor,
  maskedCreditCode,
  maskedIdNumber,
  mobilePhone,
  westernName,
} from './names.ts';
import type { Rng } from './random.ts';
import { DAY_MS } from '../../domain/workingDays.ts';

// A demo customer account and its orders, consistent with where its request ends:
// an approved one has no open order, a verified identity and ends 已注销.

export interface AccountDraft {
  holderName: string;
  accountType: AccountType;
  companyName: string | null;
  idNumberMasked: string;
  phone: string;
  email: string;
  /** Issuer code and a random tail; the id is spliced in when rows are made, so ICCIDs stay unique. */
  iccidIssuer: string;
  iccidTail: string;
  msisdn: string;
  cardKind: CardKind;
  planName: string;
  monthlyFen: number;
  language: Language;
  /** Balance when the request was filed; the row gets 0 once a refund is paid. */
  balanceFen: number;
  dataRemainingMb: number;
  identityVerified: boolean;
  openedAt: number;
  status: AccountStatus;
  orders: OrderDraft[];
}

export interface OrderDraft {
  kind: OrderKind;
  name: string;
  status: OrderStatus;
  amountFen: number;
  createdAt: number;
  endsAt: number | null;
  updatedAt: number;
}

/** Balance in fen: a quarter empty, most under ¥300, a few over ¥1,000 (dual approval). */
function balance(rng: Rng, business: boolean): number {
  const band = rng.weighted({ zero: 25, small: 62, medium: 7, large: business ? 12 : 4 });
  switch (band) {
    case 'zero':
      return 0;
    case 'small':
      return Math.max(1, Math.round(rng.float() ** 2 * 30_000));
    case 'medium':
      return rng.int(30_001, 100_000);
    case 'large':
      return rng.int(100_001, 320_000);
  }
}

export interface AccountFacts {
  submittedAt: number;
  now: number;
  /** Must have an open order (refused for outstanding orders). */
  openOrder: boolean;
  /** Cancelling is only possible without open orders, so this forbids them. */
  noOpenOrders: boolean;
  identityVerified: boolean;
  accountType: AccountType;
  status: AccountStatus;
  /** When the customer cleared the account's orders (before the approval). */
  clearedAt: number | null;
}

export function draftAccount(rng: Rng, f: AccountFacts): AccountDraft {
  const business = f.accountType === 'business';
  const language: Language = rng.chance(business ? 0.03 : 0.08) ? 'en' : 'zh-CN';
  const person = language === 'en' && !business && rng.chance(0.6) ? westernName(rng) : chineseName(rng);
  const plan = business && rng.chance(0.5) ? (PLANS[PLANS.length - 1] ?? rng.pick(PLANS)) : rng.pick(PLANS);
  const cardKind = plan.name.includes('eSIM') || rng.chance(0.2) ? 'esim' : 'sim';
  const openedAt = f.submittedAt - rng.int(20, 5 * 365) * DAY_MS - rng.int(0, DAY_MS);
  const account: AccountDraft = {
    holderName: person.name,
    accountType: f.accountType,
    companyName: business ? companyName(rng) : null,
    idNumberMasked: business ? maskedCreditCode(rng) : maskedIdNumber(rng),
    phone: mobilePhone(rng),
    email: emailFor(rng, person.handle),
    iccidIssuer: rng.pick(['00', '01', '03', '11']),
    iccidTail: rng.digits(4),
    msisdn: `14${rng.pick(['5', '6', '7', '8', '9'])}${rng.digits(8)}`,
    cardKind,
    planName: plan.name,
    monthlyFen: plan.monthlyFen,
    language,
    balanceFen: balance(rng, business),
    dataRemainingMb: rng.chance(0.3) ? 0 : rng.int(1, 120) * 1024 - rng.int(0, 1023),
    identityVerified: f.identityVerified,
    openedAt,
    status: f.status,
    orders: [],
  };
  account.orders = draftOrders(rng, account, f);
  return account;
}

function draftOrders(rng: Rng, account: AccountDraft, f: AccountFacts): OrderDraft[] {
  const orders: OrderDraft[] = [];
  // A live order at submission; for an approved request the customer cancels it
  // before the approval (they are told to clear orders first), so it shows as cancelled.
  const live = f.openOrder || rng.chance(0.27);
  const liveKind: OrderKind = rng.chance(0.55) ? 'long_term_package' : 'addon_data_pack';

  if (rng.chance(0.65) || (live && liveKind === 'long_term_package')) {
    const months = rng.pick([6, 12, 12, 24]);
    const running = live && liveKind === 'long_term_package';
    // A running package ends after `now` (submission is at most 60 days back);
    // an old one ended before the submission.
    const createdAt = running
      ? f.submittedAt - rng.int(1, months * 30 - 65) * DAY_MS
      : f.submittedAt - (months * 30 + rng.int(1, 400)) * DAY_MS;
    const startedAt = Math.max(createdAt, account.openedAt);
    const endsAt = running
      ? createdAt + months * 30 * DAY_MS
      : Math.min(startedAt + months * 30 * DAY_MS, f.submittedAt - DAY_MS);
    orders.push({
      kind: 'long_term_package',
      name: `${account.planName.split(' ')[0] ?? '套餐'} ${months}个月长期套餐`,
      status: running ? 'open' : 'completed',
      amountFen: Math.round(account.monthlyFen * months * 0.9),
      createdAt: startedAt,
      endsAt,
      updatedAt: running ? startedAt : endsAt,
    });
  }
  const packs = rng.weightedIndex([30, 45, 25]);
  const total = live && liveKind === 'addon_data_pack' ? packs + 1 : packs;
  for (let i = 0; i < total; i++) {
    const running = i === packs;
    const pack = rng.pick(ADDON_PACKS);
    const createdAt = Math.max(
      account.openedAt,
      running ? f.submittedAt - rng.int(1, 20) * DAY_MS : f.submittedAt - rng.int(10, 300) * DAY_MS,
    );
    orders.push({
      kind: 'addon_data_pack',
      name: pack.name,
      status: running ? 'open' : rng.chance(0.9) ? 'completed' : 'cancelled',
      amountFen: pack.amountFen,
      createdAt,
      endsAt: running ? f.now + rng.int(3, 60) * DAY_MS : null,
      updatedAt: running ? createdAt : Math.min(createdAt + rng.int(1, 30) * DAY_MS, f.submittedAt),
    });
  }
  if (f.noOpenOrders) {
    for (const o of orders) {
      if (o.status !== 'open') continue;
      o.status = 'cancelled';
      o.updatedAt = f.clearedAt ?? f.submittedAt - rng.int(1, 48) * 3_600_000;
    }
  }
  return orders;
}
