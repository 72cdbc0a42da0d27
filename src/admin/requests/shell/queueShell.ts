import { roleAllows } from '../../../domain/lifecycle.ts';
import { maskPhone } from '../../../domain/mask.ts';
import { formatFen } from '../../../domain/money.ts';
import type { Role } from '../../../domain/vocabulary.ts';
import { formatDateTime, formatRelative } from '../../common/format.ts';
import { toneOf } from '../../common/tone.ts';
import type { StaffIdentity } from '../../session.ts';
import type { CancelRequest } from '../../types.ts';
import type { RequestCounts } from '../../dataProvider.ts';
import { REQUEST_TABS, activeTab } from '../requestTabs.ts';
import { slaChipText, type Translate } from '../slaChipText.ts';
import { shellStyle } from './shellStyle.ts';
import { shellTranslate } from './shellWords.ts';

/** Below this window width the queue folds its secondary columns (RequestList's FOLD_BELOW_PX). */
export const FOLD_BELOW_PX = 1280;

export interface QueueShellInput {
  rows: CancelRequest[];
  /** The tabs' counts ('·' while unknown, as StatusTabs shows them). */
  counts: RequestCounts | null;
  /** The list's filter: which tab is underlined. */
  filter: Record<string, unknown>;
  /** The list's order: its column's header carries the arrow. */
  sort: { field: string; order: string };
  /** Years without a working-day calendar: the banner the queue shows above its filters. */
  missingYears: number[];
  staff: StaffIdentity | null;
  locale: string;
  dark: boolean;
  /** The window's width: below FOLD_BELOW_PX the columns fold as QueueTable's do. */
  width: number;
}

type Child = Node | string | null | false | undefined;

/**
 * The queue's first paint, in plain DOM, before react-admin has loaded: the
 * app bar, and in `<main id="main-content" aria-busy="true">` a real table of
 * the early answer's rows with QueueTable's columns, words (the same message
 * pieces and formatters) and look (shellStyle.ts). Each number is a link to
 * the request's page, so a click before react-admin mounts still opens it
 * (hash routing reads the URL when it starts). Null when there is nothing to
 * show: nobody signed in, or no rows.
 */
export function buildQueueShell(doc: Document, input: QueueShellInput): HTMLElement | null {
  const { rows, staff, locale, dark, width, counts, filter, sort, missingYears } = input;
  if (!staff || rows.length === 0) return null;
  const t = shellTranslate(locale);
  const folded = width < FOLD_BELOW_PX;
  const actor = { kind: 'staff', id: staff.id, roles: staff.roles as Role[] } as const;
  const bulk = (['claim', 'release', 'reassign'] as const).some((a) => roleAllows(a, actor));

  const el = (tag: string, className?: string | null, ...children: Child[]) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    for (const child of children) if (child) node.append(child);
    return node;
  };
  const field = (source: string) => t(`resources.requests.fields.${source}`);
  // [the record field it shows and sorts by, its title], as QueueTable's columns.
  const columns: [string, string][] = [
    ['number', field('number')],
    ['holderName', field('holder')],
    ...(folded
      ? []
      : ([
          ['reasonCode', field('reasonCode')],
          ['submittedAt', field('submittedAt')],
        ] as [string, string][])),
    ['dueAt', field('sla')],
    ['status', field('status')],
    ['documents', field('documents')],
    ...(folded ? [] : ([['balanceFen', field('balanceFen')]] as [string, string][])),
  ];
  const checkbox = () => el('td', 'cds-ck', el('span'));
  const head = el('tr', null, bulk && el('th', 'cds-ck', el('span')));
  for (const [source, label] of columns) {
    const th = el(
      'th',
      source === 'balanceFen' ? 'r' : null,
      label,
      source === sort.field && sortArrow(doc, sort.order),
    );
    th.setAttribute('scope', 'col');
    if (source === sort.field) th.setAttribute('aria-sort', sort.order === 'DESC' ? 'descending' : 'ascending');
    head.append(th);
  }
  const body = el('tbody');
  for (const row of rows) {
    const cells = rowCells(row, { el, t, locale, folded, me: staff.id });
    body.append(el('tr', null, bulk && checkbox(), ...cells));
  }

  const tabs = el('div', 'cds-tabs');
  // A picture of the tab strip, so nothing moves when react-admin's arrives; the rows are the content.
  tabs.setAttribute('aria-hidden', 'true');
  const current = activeTab(filter);
  for (const tab of REQUEST_TABS) {
    const label =
      tab.id === 'mine' || tab.id === 'all'
        ? t(`resources.requests.tabs.${tab.id}`)
        : t(`resources.requests.enums.status.${tab.id}`);
    tabs.append(
      el(
        'span',
        tab.id === current ? 'on' : null,
        label,
        el('span', 'count', String(counts ? tab.count(counts) : '·')),
      ),
    );
  }

  const style = el('style', null, shellStyle(dark));
  const bar = el(
    'header',
    'cds-bar',
    el('b', null, t('app.title')),
    el('i'),
    el('span', null, t('resources.requests.name')),
  );
  const main = el(
    'main',
    null,
    // CalendarGapBanner as those who cannot edit the calendar see it (admins, who can, do not work the queue).
    missingYears.length > 0 && !staff.roles.includes('admin') && banner(doc, el, t, missingYears),
    el('div', folded ? 'cds-actions two' : 'cds-actions'),
    el('div', 'cds-card', tabs, el('table', null, el('thead', null, head), body)),
  );
  main.id = 'main-content';
  main.setAttribute('aria-busy', 'true');
  const shell = el('div', 'cds', style, bar, el('div', 'cds-body', el('div', 'cds-side'), main));
  shell.dataset.queueShell = '';
  return shell;
}

/** The tab counts, when they answer after the rows were painted. */
export function fillCounts(shell: HTMLElement, counts: RequestCounts) {
  for (const tab of REQUEST_TABS) {
    const count = shell.querySelector(`.cds-tabs [data-tab="${tab.id}"]`);
    if (count) count.textContent = String(tab.count(counts));
  }
}

/** TableSortLabel's arrow: up for ascending. */
function sortArrow(doc: Document, order: string) {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', order === 'DESC' ? 'sort' : 'sort up');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z');
  svg.append(path);
  return svg;
}

/** MUI's warning Alert: the outlined triangle icon, then the message. */
function banner(doc: Document, el: CellKit['el'], t: Translate, years: number[]): HTMLElement {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M12 5.99L19.53 19H4.47L12 5.99M12 2L1 21h22L12 2zm1 14h-2v2h2v-2zm0-6h-2v4h2v-4z');
  svg.append(path);
  const alert = el(
    'div',
    'cds-alert',
    svg,
    el('div', null, t('calendar_banner.message', { years: years.join(t('list_separator')) })),
  );
  alert.setAttribute('role', 'alert');
  return alert;
}

interface CellKit {
  el: (tag: string, className?: string | null, ...children: Child[]) => HTMLElement;
  t: Translate;
  locale: string;
  folded: boolean;
  me: number;
}

/** One row's cells, as QueueTable's fields draw them (wide, or folded below 1280 px). */
function rowCells(row: CancelRequest, { el, t, locale, folded, me }: CellKit): HTMLElement[] {
  const link = el('a', folded ? 'b w' : null, row.number);
  link.setAttribute('href', `#/requests/${row.id}/show`);
  const reason = t(`resources.requests.enums.reasonCode.${row.reasonCode}`, { _: row.reasonCode });
  const number = folded
    ? el('td', 'n', link, el('span', 'c g w b', `${formatRelative(row.submittedAt, locale)} · ${reason}`))
    : el('td', 'n', link);

  const company = row.accountType === 'business' && row.companyName ? el('span', 'c g', row.companyName) : null;
  if (company) company.style.marginLeft = '6px';
  const holder = el(
    'td',
    'h',
    el('div', null, el('span', 's e', row.holderName, company), el('span', 'c g num b', maskPhone(row.phone))),
  );

  const sla = slaChipText(row, t, locale);
  const chip = (tone: string, label: string, outlined = false) => {
    const span = el('span', outlined ? 'chip o' : 'chip', label);
    span.dataset.tone = tone;
    return span;
  };
  const assignee =
    row.assigneeId == null
      ? el('span', 'g b', t('resources.requests.show.unassigned'))
      : el('span', row.assigneeId === me ? 'e k' : 'e', row.assigneeName ?? `#${row.assigneeId}`);
  const status = el(
    'td',
    null,
    el(
      'div',
      'st',
      chip(toneOf('requests', row.status), t(`resources.requests.enums.status.${row.status}`, { _: row.status })),
      el('div', 'c', assignee),
    ),
  );

  const money = el('span', row.balanceFen === 0 ? 'num w g' : 'num w', formatFen(row.balanceFen));
  const documents = el('td', null, progress(row, el, t), folded && el('div', null, money));
  documents.firstElementChild?.nextElementSibling?.setAttribute('style', 'margin-top:2px');

  return [
    number,
    holder,
    !folded &&
      el(
        'td',
        null,
        el('span', 'b w', reason),
        el('span', 'c g b w', t(`resources.requests.enums.accountType.${row.accountType}`, { _: row.accountType })),
      ),
    !folded &&
      el(
        'td',
        null,
        el(
          'span',
          't w',
          el('span', null, formatDateTime(row.submittedAt, locale)),
          el('span', 'c g', formatRelative(row.submittedAt, locale)),
        ),
      ),
    el('td', null, sla && chip(sla.tone, sla.label, sla.outlined)),
    status,
    documents,
    !folded && el('td', 'r', money),
  ].filter((cell): cell is HTMLElement => !!cell);
}

/** DocumentsProgressField: "1/2" over a thin bar, or "无需材料". */
function progress(row: CancelRequest, el: CellKit['el'], t: Translate): HTMLElement {
  const { documentsVerified: verified, documentsRequired: required } = row;
  if (required === 0) return el('span', 'c g', t('resources.documents.none_required'));
  const complete = verified >= required;
  const fill = el('span');
  fill.style.width = `${(Math.min(verified, required) / required) * 100}%`;
  const box = el(
    'div',
    'dp',
    el('span', complete ? 'num b ok' : 'num b', `${verified}/${required}`),
    el('span', complete ? 'bar ok' : 'bar', fill),
  );
  box.title = t('resources.documents.progress', { verified, required });
  return box;
}
