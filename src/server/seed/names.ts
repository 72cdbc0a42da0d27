import type { Rng } from './random.ts';

// Name parts with their pinyin, so e-mail addresses look like the ones customers
// really use (zhangwei88@qq.com) without a pinyin library.
// Surnames roughly in order of frequency; the first ones are picked more often.
const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['高', 'gao'],
  ['林', 'lin'],
  ['罗', 'luo'],
  ['郑', 'zheng'],
  ['梁', 'liang'],
  ['谢', 'xie'],
  ['宋', 'song'],
  ['唐', 'tang'],
  ['许', 'xu'],
  ['韩', 'han'],
  ['冯', 'feng'],
  ['邓', 'deng'],
  ['曹', 'cao'],
  ['彭', 'peng'],
  ['曾', 'zeng'],
  ['肖', 'xiao'],
  ['田', 'tian'],
  ['董', 'dong'],
  ['潘', 'pan'],
  ['袁', 'yuan'],
  ['蔡', 'cai'],
  ['蒋', 'jiang'],
  ['余', 'yu'],
  ['于', 'yu'],
  ['杜', 'du'],
  ['叶', 'ye'],
  ['程', 'cheng'],
  ['魏', 'wei'],
  ['苏', 'su'],
  ['吕', 'lv'],
  ['丁', 'ding'],
  ['任', 'ren'],
  ['卢', 'lu'],
  ['姚', 'yao'],
  ['沈', 'shen'],
  ['钟', 'zhong'],
  ['姜', 'jiang'],
  ['崔', 'cui'],
  ['谭', 'tan'],
  ['陆', 'lu'],
  ['范', 'fan'],
  ['汪', 'wang'],
  ['廖', 'liao'],
  ['欧阳', 'ouyang'],
  ['司马', 'sima'],
];

const GIVEN_CHARS: readonly (readonly [string, string])[] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['娟', 'juan'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['桂', 'gui'],
  ['英', 'ying'],
  ['华', 'hua'],
  ['建', 'jian'],
  ['国', 'guo'],
  ['文', 'wen'],
  ['辉', 'hui'],
  ['鹏', 'peng'],
  ['宇', 'yu'],
  ['浩', 'hao'],
  ['欣', 'xin'],
  ['怡', 'yi'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['琳', 'lin'],
  ['晨', 'chen'],
  ['阳', 'yang'],
  ['思', 'si'],
  ['雨', 'yu'],
  ['梓', 'zi'],
  ['涵', 'han'],
  ['子', 'zi'],
  ['轩', 'xuan'],
  ['嘉', 'jia'],
  ['俊', 'jun'],
  ['博', 'bo'],
  ['慧', 'hui'],
  ['佳', 'jia'],
  ['瑶', 'yao'],
  ['志', 'zhi'],
  ['海', 'hai'],
  ['峰', 'feng'],
  ['玉', 'yu'],
  ['兰', 'lan'],
  ['成', 'cheng'],
  ['凯', 'kai'],
  ['晓', 'xiao'],
  ['一', 'yi'],
  ['天', 'tian'],
];

const WESTERN_FIRST = [
  'James',
  'Emma',
  'Daniel',
  'Sophie',
  'Lucas',
  'Olivia',
  'Thomas',
  'Anna',
  'David',
  'Maria',
  'Kenji',
  'Min-jun',
];
const WESTERN_LAST = [
  'Smith',
  'Müller',
  'Brown',
  'Martin',
  'García',
  'Rossi',
  'Tanaka',
  'Kim',
  'Novak',
  'Wilson',
  'Dubois',
  'Nguyen',
];

const MAIL_DOMAINS = [
  'qq.com',
  '163.com',
  '126.com',
  'foxmail.com',
  'sina.com',
  'outlook.com',
  'gmail.com',
  'aliyun.com',
];

export interface PersonName {
  name: string;
  /** ASCII handle for the e-mail local part. */
  handle: string;
}

function surname(rng: Rng): readonly [string, string] {
  // Squaring the uniform draw favours the common surnames at the head of the list.
  const i = Math.floor(rng.float() ** 2 * SURNAMES.length);
  return SURNAMES[i] ?? ['王', 'wang'];
}

export function chineseName(rng: Rng): PersonName {
  const [sn, sp] = surname(rng);
  const parts = [rng.pick(GIVEN_CHARS)];
  if (rng.chance(0.7)) parts.push(rng.pick(GIVEN_CHARS));
  return { name: sn + parts.map((p) => p[0]).join(''), handle: sp + parts.map((p) => p[1]).join('') };
}

export function westernName(rng: Rng): PersonName {
  const first = rng.pick(WESTERN_FIRST);
  const last = rng.pick(WESTERN_LAST);
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return { name: `${first} ${last}`, handle: `${ascii(first)}.${ascii(last)}` };
}

export function emailFor(rng: Rng, handle: string): string {
  const suffix = rng.chance(0.6) ? String(rng.int(1, 9999)) : rng.chance(0.5) ? String(rng.int(1970, 2005)) : '';
  return `${handle}${suffix}@${rng.pick(MAIL_DOMAINS)}`;
}

/** A mobile number: 1, then 3-9, then nine digits. */
export function mobilePhone(rng: Rng): string {
  return `1${rng.int(3, 9)}${rng.digits(9)}`;
}

// Company names: city + trade name + line of business + legal form, as on a licence.
const CITIES = [
  '深圳市',
  '广州市',
  '上海',
  '北京',
  '杭州',
  '成都',
  '武汉',
  '南京',
  '苏州',
  '厦门',
  '东莞市',
  '佛山市',
  '西安',
  '长沙',
  '重庆',
];
const TRADE_NAMES = [
  '华信',
  '中联',
  '博远',
  '恒通',
  '启明',
  '锐达',
  '云帆',
  '星河',
  '天择',
  '优创',
  '鼎盛',
  '新航',
  '智联',
  '瑞丰',
  '远景',
  '嘉禾',
  '海纳',
  '合众',
];
const BUSINESS_LINES = [
  '科技',
  '信息技术',
  '网络科技',
  '物流',
  '贸易',
  '电子商务',
  '物联网科技',
  '文化传媒',
  '餐饮管理',
  '建筑工程',
  '教育咨询',
  '供应链管理',
];
const LEGAL_FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'];

export function companyName(rng: Rng): string {
  return rng.pick(CITIES) + rng.pick(TRADE_NAMES) + rng.pick(BUSINESS_LINES) + rng.pick(LEGAL_FORMS);
}

// First six digits of real PRC resident ID numbers (province/city/district codes).
const ID_REGIONS = [
  '110105',
  '310115',
  '440305',
  '440106',
  '330106',
  '510107',
  '420106',
  '320102',
  '350203',
  '610113',
  '430104',
  '500103',
  '441900',
  '440604',
];

/** Masked like the operator's screens show it: region code, eight stars, last four. */
export function maskedIdNumber(rng: Rng): string {
  const check = rng.chance(0.09) ? 'X' : String(rng.int(0, 9));
  return `${rng.pick(ID_REGIONS)}********${rng.digits(3)}${check}`;
}

/** Unified social credit code (统一社会信用代码), masked: 91 + region, stars, last four. */
export function maskedCreditCode(rng: Rng): string {
  return `91${rng.pick(ID_REGIONS)}******${rng.digits(2)}${rng.pick(['A', 'B', 'M', 'X', 'T'])}${rng.int(0, 9)}`;
}
