// Generates the demo seed's sample documents in this folder (run once; the
// files are committed): `npx tsx src/server/seed/samples/generate.ts`.
//
// Needs ImageMagick's real `convert` (Debian: apt-get install imagemagick)
// and the Noto CJK fonts (fonts-noto-cjk). Every file is fictitious and says
// so across its face: 样本 SAMPLE 仅供演示. The PDFs are written by hand: a
// page image (the Chinese text, rendered here) plus a line of real PDF text.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const CONVERT = process.env.CONVERT ?? '/usr/bin/convert';
const SANS = 'Noto-Sans-CJK-SC';
const BOLD = 'Noto-Sans-CJK-SC-Bold';
const SERIF = 'Noto-Serif-CJK-SC';

type Args = string[];
const text = (x: number, y: number, s: string, size: number, color = '#1d2329', font = SANS): Args => [
  '-font',
  font,
  '-pointsize',
  String(size),
  '-fill',
  color,
  '-stroke',
  'none',
  '-annotate',
  `+${x}+${y}`,
  s,
];
const watermark = (size: number, angle = -18): Args => [
  '-gravity',
  'center',
  '-font',
  BOLD,
  '-pointsize',
  String(size),
  '-fill',
  'rgba(215,25,32,0.38)',
  '-stroke',
  'none',
  '-annotate',
  `${360 + angle}x${360 + angle}+0+0`,
  '样本 SAMPLE 仅供演示',
  '-gravity',
  'northwest',
];
const reuploadTag = (attempt: number, x: number, y: number): Args =>
  attempt < 2
    ? []
    : [
        '-fill',
        '#fff3cd',
        '-stroke',
        '#d39e00',
        '-strokewidth',
        '2',
        '-draw',
        `roundrectangle ${x},${y} ${x + 230},${y + 44} 8,8`,
        ...text(x + 14, y + 31, `第${attempt}次上传 · upload ${attempt}`, 20, '#8a6100', BOLD),
      ];
const footer = (): Args => [
  '-gravity',
  'south',
  '-font',
  SANS,
  '-pointsize',
  '17',
  '-fill',
  '#b3261e',
  '-stroke',
  'none',
  '-annotate',
  '+0+16',
  '虚构信息 仅供演示 · fictitious, NOT A REAL DOCUMENT',
  '-gravity',
  'northwest',
];

function render(args: Args, output: string): Buffer {
  return execFileSync(CONVERT, [...args, output], { maxBuffer: 64 * 1024 * 1024 });
}

function idCardFront(attempt: number): Args {
  return [
    '-size',
    '856x540',
    'gradient:#f4f8fb-#d8e5ee',
    '-fill',
    'none',
    '-stroke',
    '#9db4c6',
    '-strokewidth',
    '3',
    '-draw',
    'roundrectangle 6,6 849,533 30,30',
    ...text(60, 100, '姓  名', 22, '#4f6575'),
    ...text(150, 102, '样本用户', 32),
    ...text(60, 160, '性  别', 22, '#4f6575'),
    ...text(150, 162, '男', 28),
    ...text(260, 160, '民  族', 22, '#4f6575'),
    ...text(350, 162, '汉', 28),
    ...text(60, 220, '出  生', 22, '#4f6575'),
    ...text(150, 222, '1990 年 1 月 1 日', 28),
    ...text(60, 280, '住  址', 22, '#4f6575'),
    ...text(150, 282, '示例省示例市示例区', 26),
    ...text(150, 322, '样本路 1 号 (虚构地址)', 26),
    ...text(60, 440, '公民身份号码', 22, '#4f6575'),
    ...text(240, 442, '000000 19900101 000X', 32, '#1d2329', 'DejaVu-Sans-Mono'),
    '-fill',
    '#c9d6df',
    '-stroke',
    'none',
    '-draw',
    'roundrectangle 600,70 800,330 14,14',
    '-fill',
    '#8ea1ae',
    '-draw',
    'circle 700,165 700,215',
    '-draw',
    'ellipse 700,330 88,80 180,360',
    ...text(642, 360, '照片区域', 20, '#6b7f8c'),
    ...reuploadTag(attempt, 590, 470),
    ...watermark(66),
    ...footer(),
  ];
}

function idCardBack(attempt: number): Args {
  return [
    '-size',
    '856x540',
    'gradient:#f7f4ec-#e6dfcf',
    '-fill',
    'none',
    '-stroke',
    '#c2b38f',
    '-strokewidth',
    '3',
    '-draw',
    'roundrectangle 6,6 849,533 30,30',
    // A plain star: deliberately no national emblem.
    '-fill',
    '#d0a040',
    '-stroke',
    'none',
    '-draw',
    'polygon 130,50 153,115 222,115 166,155 187,220 130,180 73,220 94,155 38,115 107,115',
    ...text(290, 120, '居民身份证', 56, '#1d2329', BOLD),
    ...text(290, 175, '(样本 · 背面 国徽面示意)', 24, '#6b5e3c'),
    ...text(110, 370, '签发机关', 24, '#4f6575'),
    ...text(240, 372, '示例市公安局示例分局 (虚构)', 28),
    ...text(110, 430, '有效期限', 24, '#4f6575'),
    ...text(240, 432, '2020.01.01 - 2040.01.01', 28, '#1d2329', 'DejaVu-Sans-Mono'),
    ...reuploadTag(attempt, 590, 470),
    ...watermark(66),
    ...footer(),
  ];
}

function idCardHandheld(attempt: number): Args {
  return [
    '-size',
    '720x900',
    'gradient:#e9eef2-#c9d3da',
    // A person (shapes only) holding the card in front of them.
    '-fill',
    '#9aa8b2',
    '-stroke',
    'none',
    '-draw',
    'circle 360,250 360,345',
    '-draw',
    'ellipse 360,760 250,260 180,360',
    '-fill',
    '#e7c9a8',
    '-draw',
    'ellipse 215,585 36,30 0,360',
    '-draw',
    'ellipse 505,585 36,30 0,360',
    '-fill',
    '#eef4f8',
    '-stroke',
    '#7e97a8',
    '-strokewidth',
    '3',
    '-draw',
    'roundrectangle 210,480 510,670 14,14',
    ...text(236, 530, '身份证 (样本)', 26, '#1d2329', BOLD),
    ...text(236, 575, '姓名 样本用户', 22),
    ...text(236, 615, '000000 19900101 000X', 20, '#1d2329', 'DejaVu-Sans-Mono'),
    ...text(40, 70, '手持身份证照片 (示意)', 30, '#1d2329', BOLD),
    ...reuploadTag(attempt, 460, 40),
    ...watermark(56, -30),
    ...footer(),
  ];
}

function businessLicense(attempt: number): Args {
  return [
    '-size',
    '900x640',
    'xc:#fffdf7',
    '-fill',
    'none',
    '-stroke',
    '#b8860b',
    '-strokewidth',
    '10',
    '-draw',
    'rectangle 16,16 883,623',
    '-stroke',
    '#b8860b',
    '-strokewidth',
    '2',
    '-draw',
    'rectangle 34,34 865,605',
    ...text(330, 120, '营业执照', 64, '#8b1a1a', BOLD),
    ...text(362, 160, '(副本 · 样本)', 24, '#8b1a1a'),
    ...text(80, 230, '统一社会信用代码', 22, '#555'),
    ...text(290, 232, '91000000SAMPLE0000', 26, '#1d2329', 'DejaVu-Sans-Mono'),
    ...text(80, 290, '名        称', 22, '#555'),
    ...text(290, 292, '示例科技有限公司 (虚构)', 28, '#1d2329', SERIF),
    ...text(80, 350, '类        型', 22, '#555'),
    ...text(290, 352, '有限责任公司', 28, '#1d2329', SERIF),
    ...text(80, 410, '法定代表人', 22, '#555'),
    ...text(290, 412, '样本用户', 28, '#1d2329', SERIF),
    ...text(80, 470, '经 营 范 围', 22, '#555'),
    ...text(290, 472, '通信设备销售; 技术服务 (仅供演示)', 26, '#1d2329', SERIF),
    ...text(80, 530, '成 立 日 期', 22, '#555'),
    ...text(290, 532, '2015 年 6 月 1 日', 26, '#1d2329', SERIF),
    '-fill',
    'none',
    '-stroke',
    'rgba(200,20,20,0.8)',
    '-strokewidth',
    '5',
    '-draw',
    'circle 740,520 740,600',
    '-fill',
    'rgba(200,20,20,0.8)',
    '-stroke',
    'none',
    '-draw',
    'polygon 740,485 750,512 779,512 756,529 764,556 740,540 716,556 724,529 701,512 730,512',
    ...text(682, 580, '登记机关 (样本)', 18, 'rgba(200,20,20,0.9)'),
    ...reuploadTag(attempt, 620, 50),
    ...watermark(70),
    ...footer(),
  ];
}

function proofOfPurchase(attempt: number): Args {
  return [
    '-size',
    '600x1000',
    'xc:#f2f3f5',
    '-fill',
    '#ffffff',
    '-stroke',
    'none',
    '-draw',
    'rectangle 0,0 600,90',
    ...text(230, 58, '订单详情', 32, '#1d2329', BOLD),
    '-fill',
    '#ffffff',
    '-draw',
    'roundrectangle 24,120 576,560 16,16',
    ...text(50, 180, '流量卡 · 月包 50GB (样本)', 28, '#1d2329', BOLD),
    ...text(50, 240, '订单号', 22, '#888'),
    ...text(190, 242, 'DD000000SAMPLE', 24, '#1d2329', 'DejaVu-Sans-Mono'),
    ...text(50, 300, '下单时间', 22, '#888'),
    ...text(190, 302, '2025-05-20 10:20', 24, '#1d2329', 'DejaVu-Sans-Mono'),
    ...text(50, 360, '实付金额', 22, '#888'),
    ...text(190, 362, '¥29.00', 30, '#d0342c', 'DejaVu-Sans-Bold'),
    ...text(50, 420, '支付方式', 22, '#888'),
    ...text(190, 422, '示例支付 (虚构)', 24),
    ...text(50, 480, '订单状态', 22, '#888'),
    ...text(190, 482, '已完成', 24, '#1a7f37', BOLD),
    ...reuploadTag(attempt, 330, 600),
    ...watermark(50, -35),
    ...footer(),
  ];
}

function otherNote(attempt: number): Args {
  return [
    '-size',
    '800x600',
    'xc:#fffef8',
    ...text(60, 100, '补充说明 (样本)', 40, '#1d2329', BOLD),
    ...text(60, 180, '本人因出国定居, 申请注销名下流量卡账户。', 26, '#1d2329', SERIF),
    ...text(60, 230, '账户余额请按原路退回。', 26, '#1d2329', SERIF),
    ...text(60, 280, '如需其他材料, 请短信联系。', 26, '#1d2329', SERIF),
    ...text(480, 420, '样本用户', 30, '#1d2329', SERIF),
    ...text(440, 470, '2025 年 5 月 20 日', 24, '#1d2329', SERIF),
    ...reuploadTag(attempt, 60, 480),
    ...watermark(58),
    ...footer(),
  ];
}

function authorizationLetterPage(attempt: number): Args {
  const lines = [
    '委托人 (账户持有人): 样本用户    证件号码: 000000 19900101 000X',
    '受托人 (代办人): 示例代办人    证件号码: 000000 19920202 000X',
    '',
    '兹委托受托人代为办理本人名下流量卡账户 (账号 LL000000000,',
    '虚构) 的注销手续, 包括提交注销申请、补充材料及领取余额退款。',
    '',
    '受托人在上述范围内所签署的文件, 本人均予以承认。',
    '委托期限: 自签署之日起三十日内。',
  ];
  const body = lines.flatMap((line, i) => (line ? text(90, 330 + i * 50, line, 24, '#1d2329', SERIF) : []));
  return [
    '-size',
    '827x1169',
    'xc:white',
    ...text(300, 170, '授权委托书', 56, '#1d2329', BOLD),
    ...text(330, 225, '(样本 · 仅供演示)', 24, '#b3261e'),
    ...body,
    ...text(470, 860, '委托人签字: 样本用户', 24, '#1d2329', SERIF),
    ...text(470, 910, '受托人签字: 示例代办人', 24, '#1d2329', SERIF),
    ...text(470, 960, '日期: 2025 年 5 月 20 日', 24, '#1d2329', SERIF),
    ...reuploadTag(attempt, 90, 880),
    ...watermark(76, -35),
  ];
}

/** A one-page A4 PDF: the page image (8-bit gray, Flate) and a line of real text. */
function pdfWithPage(gray: Buffer, width: number, height: number, title: string, note: string): Buffer {
  const image = deflateSync(gray, { level: 9 });
  const content = Buffer.from(
    `q 595 0 0 842 0 0 cm /Page Do Q\nBT /F1 9 Tf 0.7 0.1 0.1 rg 56 28 Td (${note}) Tj ET\n`,
    'latin1',
  );
  const utf16 = (s: string) => `<FEFF${[...s].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  const objects: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Page 4 0 R >> /Font << /F1 6 0 R >> >> /Contents 5 0 R >>',
    ],
    [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`,
      image,
      '\nendstream',
    ],
    [`<< /Length ${content.length} >>\nstream\n`, content, 'endstream'],
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
    [`<< /Title ${utf16(title)} /Producer (Cancel Desk sample generator) >>`],
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((pieces, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      ...pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

const NOTE = 'SAMPLE - fictitious data for the Cancel Desk demo - not a real document';

for (const attempt of [1, 2]) {
  const suffix = attempt === 1 ? '' : `-${attempt}`;
  const out = (name: string) => join(HERE, `${name}${suffix}`);
  render([...idCardFront(attempt), '-strip', '-quality', '72'], `${out('id_card_front')}.jpg`);
  render([...idCardBack(attempt), '-strip', '-quality', '72'], `${out('id_card_back')}.jpg`);
  render([...idCardHandheld(attempt), '-strip', '-quality', '70'], `${out('id_card_handheld')}.jpg`);
  render([...businessLicense(attempt), '-strip', '-colors', '64'], `PNG8:${out('business_license')}.png`);
  render([...proofOfPurchase(attempt), '-strip', '-quality', '70'], `${out('proof_of_purchase')}.webp`);
  render([...otherNote(attempt), '-strip', '-colors', '32'], `PNG8:${out('other')}.png`);
  const page = render(
    [...authorizationLetterPage(attempt), '-colorspace', 'Gray', '-colors', '16', '-depth', '8'],
    'gray:-',
  );
  writeFileSync(
    `${out('authorization_letter')}.pdf`,
    pdfWithPage(page, 827, 1169, `授权委托书 (样本${attempt > 1 ? ` · 第${attempt}次上传` : ''})`, NOTE),
  );
}
console.log(`samples written to ${HERE}`);
