import { formatFen } from '../../domain/money.ts';
/** Dates are shown in Asia/Shanghai, the zone the SLA's working days are counted in. */
const TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

const formatter = (locale: string, withTime: boolean) => {
  const key = `${locale}|${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateTimeFormats.set(key, format);
  }
  return format;
};

/** "2025-11-20 10:32" in both languages: unambiguous, sortable by eye. */
export const formatDateTime = (iso: string, locale: string, withTime = true): string => {
  const parts = formatter(locale, withTime).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  return withTime ? `${date} ${part('hour')}:${part('minute')}` : date;
};

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 天前" / "3 days ago"; "in 2 hours" for instants still ahead. Calendar time, not working time. */
// Intl formatters are costly to build and the queue asks for two per row: one per locale.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dayFormats = new Map<string, Intl.NumberFormat>();

export const formatRelative = (iso: string, locale: string, now: number = Date.now()): string => {
  const diff = new Date(iso).getTime() - now;
  let rtf = relativeFormats.get(locale);
  if (!rtf) relativeFormats.set(locale, (rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'minute');
};

/** Working days with one decimal, as the server computes them ("2.5", "1.0" → "1"). */
export const formatDays = (days: number, locale: string): string => {
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(days);
};

/** File sizes in binary units as the 10 MB limit counts them: "512 KB", "3.4 MB". */
export const formatBytes = (bytes: number, locale: string): string => {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
};

/** "1234.56": yuan without sign or grouping, for a spreadsheet cell or an input (formatFen, so no float). */
export const fenToYuanText = (fen: number): string => formatFen(fen).replace(/[¥,]/g, '');
