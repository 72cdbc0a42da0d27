import { queueEn, type QueueMessages } from '../../i18n/queue.en.ts';
import { queueZhCN } from '../../i18n/queue.zh-CN.ts';
import type { Translate } from '../slaChipText.ts';

/**
 * The queue's words by the same keys react-admin's translate() takes
 * ('resources.requests.fields.number', 'sla.remaining', …), read from the
 * small message pieces the full messages are built on (i18n/queue.*.ts), with
 * polyglot's `%{name}` interpolation and `||||` plural (the plural form, as a
 * list title uses it).
 */
export const shellTranslate = (locale: string): Translate => {
  const words: QueueMessages = locale === 'en' ? queueEn : queueZhCN;
  const tree = {
    app: { title: words.title },
    list_separator: words.list_separator,
    calendar_banner: words.calendar_banner,
    sla: words.sla,
    resources: {
      requests: { ...words.requests, show: { unassigned: words.requests.unassigned } },
      documents: words.documents,
    },
  };
  return (key, values = {}) => {
    let node: unknown = tree;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') return typeof values._ === 'string' ? values._ : key;
    const text = node.split('||||').pop()!.trim();
    return text.replace(/%\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
};
