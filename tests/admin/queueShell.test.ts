import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildQueueShell } from '../../src/admin/requests/shell/queueShell.ts';
import type { StaffIdentity } from '../../src/admin/session.ts';
import type { CancelRequest } from '../../src/admin/types.ts';
import { aRequestRecord } from './requestRecord.ts';

const reviewer: StaffIdentity = {
  id: 2,
  username: 'reviewer',
  displayName: '王芳',
  roles: ['reviewer'],
  language: 'zh-CN',
  mustChangePassword: false,
};

// An unassigned request waiting for review, as the queue's first page shows them.
const aRequest = (id: number, overrides: Partial<CancelRequest> = {}): CancelRequest =>
  aRequestRecord({
    id,
    number: `ZX261013-${String(id).padStart(5, '0')}`,
    status: 'submitted',
    assigneeId: null,
    assigneeName: null,
    workingDaysElapsed: 8.2,
    documentsVerified: 0,
    documentsRequired: 3,
    balanceFen: 127900,
    ...overrides,
  });

const rows = Array.from({ length: 25 }, (_, i) => aRequest(i + 1));
const counts = {
  submitted: 91,
  in_review: 73,
  awaiting_customer: 40,
  approved: 170,
  rejected: 56,
  paused_instead: 33,
  withdrawn: 37,
  mine: 36,
  open: 204,
};
const build = (overrides: Partial<Parameters<typeof buildQueueShell>[1]> = {}) =>
  buildQueueShell(document, {
    rows,
    counts,
    filter: { status: 'submitted' },
    sort: { field: 'dueAt', order: 'ASC' },
    missingYears: [],
    staff: reviewer,
    locale: 'zh-CN',
    dark: false,
    width: 1440,
    ...overrides,
  });

const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent);

describe('the queue shell (first paint before react-admin)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    location.hash = '';
  });

  it('draws the 25 rows in a real table under main, headers and words in zh-CN', () => {
    const shell = build()!;
    const main = shell.querySelector('main#main-content')!;
    expect(main.getAttribute('aria-busy')).toBe('true');
    const headers = main.querySelectorAll('thead th[scope=col]');
    expect(texts(headers)).toEqual([
      '申请编号',
      '账户持有人',
      '注销原因',
      '提交时间',
      '时效',
      '状态',
      '证明材料',
      '余额',
    ]);
    expect(main.querySelector('th[aria-sort=ascending]')!.textContent).toBe('时效');
    const body = main.querySelectorAll('tbody tr');
    expect(body).toHaveLength(25);
    const first = body[0]!;
    expect(first.textContent).toContain('ZX261013-00001');
    expect(first.textContent).toContain('137****7895');
    expect(first.textContent).not.toContain('13712347895');
    expect(first.textContent).toContain('更换运营商');
    expect(first.textContent).toContain('超期 1.2 个工作日');
    expect(first.textContent).toContain('待审核');
    expect(first.textContent).toContain('未分配');
    expect(first.textContent).toContain('0/3');
    expect(first.textContent).toContain('¥1,279.00');
  });

  it('links each number to its request page, so a click before react-admin mounts opens it', () => {
    const links = build()!.querySelectorAll<HTMLAnchorElement>('tbody a');
    expect(links).toHaveLength(25);
    expect(links[4]!.getAttribute('href')).toBe('#/requests/5/show');
    expect(links[4]!.textContent).toBe('ZX261013-00005');
  });

  it('draws the tab strip with its counts, the current tab underlined, and the calendar banner', () => {
    const shell = build({ missingYears: [2027] })!;
    expect(texts(shell.querySelectorAll('.cds-tabs > span'))).toEqual([
      '我的36',
      '待审核91',
      '审核中73',
      '待补充40',
      '已批准170',
      '已驳回56',
      '改为暂停服务33',
      '已撤回37',
      '全部500',
    ]);
    expect(shell.querySelector('.cds-tabs .on')!.textContent).toBe('待审核91');
    expect(shell.querySelector('[role=alert]')!.textContent).toContain('缺少 2027 年工作日历');
    expect(build()!.querySelector('[role=alert]')).toBeNull();
  });

  it('speaks English when that is the stored locale', () => {
    const shell = build({
      locale: 'en',
      rows: [aRequest(1, { status: 'in_review', assigneeId: 2, assigneeName: '王芳' })],
    })!;
    expect(texts(shell.querySelectorAll('thead th[scope=col]'))).toContain('Request no.');
    const row = shell.querySelector('tbody tr')!.textContent;
    expect(row).toContain('In review');
    expect(row).toContain('1.2 work days overdue');
    expect(shell.querySelector('header')!.textContent).toContain('Cancel Desk');
  });

  it('folds the secondary columns below 1280 px as the queue does', () => {
    const headers = texts(build({ width: 1024 })!.querySelectorAll('thead th[scope=col]'));
    expect(headers).toEqual(['申请编号', '账户持有人', '时效', '状态', '证明材料']);
  });

  it('has a checkbox column only for those who may act in bulk', () => {
    expect(build()!.querySelector('thead .cds-ck')).not.toBeNull();
    expect(build({ staff: { ...reviewer, roles: ['finance'] } })!.querySelector('thead .cds-ck')).toBeNull();
  });

  it('draws nothing for nobody signed in, or no rows', () => {
    expect(build({ staff: null })).toBeNull();
    expect(build({ rows: [] })).toBeNull();
  });
});

describe('painting the shell at boot, and handing over to react-admin', () => {
  beforeEach(() => {
    vi.resetModules(); // each test is a fresh page load: the boot's state starts empty
    document.body.innerHTML = '<div id="root"><div class="boot">注销台 · 加载中…</div></div>';
    location.hash = '#/requests';
  });
  const boot = () => import('../../src/admin/requests/shell/shellBoot.ts');
  const calls = (
    list: Promise<unknown>,
    calendar: Promise<unknown> = Promise.reject(new Error('GET /calendar/status: 500')),
  ) => ({
    list,
    counts: Promise.resolve(counts),
    calendar,
    filter: { status: 'submitted' },
    sort: { field: 'dueAt', order: 'ASC' },
  });
  const shellRows = () => document.querySelectorAll('[data-queue-shell] tbody tr');

  it('paints into #root once the list and the session answered', async () => {
    const { startQueueShell } = await boot();
    startQueueShell(calls(Promise.resolve({ data: rows, total: 90 })), Promise.resolve(reviewer));
    await vi.waitFor(() => expect(document.querySelectorAll('#root [data-queue-shell] tbody tr')).toHaveLength(25));
  });

  it("draws the banner from the last visit's calendar status rather than wait for the call", async () => {
    localStorage.setItem('CancelDesk.shell.calendarStatus', JSON.stringify({ missingCalendarYears: [2027] }));
    try {
      const { startQueueShell } = await boot();
      const never = new Promise<unknown>(() => undefined);
      startQueueShell(calls(Promise.resolve({ data: rows, total: 90 }), never), Promise.resolve(reviewer));
      await vi.waitFor(() => expect(shellRows()).toHaveLength(25));
      expect(document.querySelector('[data-queue-shell]')!.textContent).toContain('2027');
    } finally {
      localStorage.removeItem('CancelDesk.shell.calendarStatus');
    }
  });

  it('remembers the calendar status it was given for the next visit', async () => {
    const { startQueueShell } = await boot();
    const status = { missingCalendarYears: [2028] };
    startQueueShell(
      calls(Promise.resolve({ data: rows, total: 90 }), Promise.resolve(status)),
      Promise.resolve(reviewer),
    );
    await vi.waitFor(() =>
      expect(localStorage.getItem('CancelDesk.shell.calendarStatus')).toBe(JSON.stringify(status)),
    );
    localStorage.removeItem('CancelDesk.shell.calendarStatus');
  });

  it('paints nothing when nobody is signed in, or the early call failed', async () => {
    const first = await boot();
    first.startQueueShell(calls(Promise.resolve({ data: rows, total: 90 })), Promise.resolve(null));
    await first.handOverQueueShell();
    vi.resetModules();
    const second = await boot();
    second.startQueueShell(calls(Promise.reject(new Error('GET /requests: 500'))), Promise.resolve(reviewer));
    await second.handOverQueueShell();
    expect(document.querySelector('[data-queue-shell]')).toBeNull();
    expect(document.querySelector('#root .boot')).not.toBeNull();
  });

  it('keeps the rows on top of react-admin until its own rows are drawn', async () => {
    const { startQueueShell, handOverQueueShell } = await boot();
    startQueueShell(calls(Promise.resolve({ data: rows, total: 90 })), Promise.resolve(reviewer));
    await handOverQueueShell();
    // react-admin's first render empties #root: the shell now stands beside it, without the page's id.
    const root = document.getElementById('root')!;
    root.replaceChildren(Object.assign(document.createElement('main'), { id: 'main-content' }));
    expect(shellRows()).toHaveLength(25);
    expect(document.querySelectorAll('#main-content')).toHaveLength(1);
    root.firstElementChild!.innerHTML = '<table class="RaDataTable-root"><tbody><tr><td>x</td></tr></tbody></table>';
    await vi.waitFor(() => expect(shellRows()).toHaveLength(0));
  });

  it('leaves at once when a number was clicked before react-admin ran', async () => {
    const { startQueueShell, handOverQueueShell } = await boot();
    startQueueShell(calls(Promise.resolve({ data: rows, total: 90 })), Promise.resolve(reviewer));
    await vi.waitFor(() => expect(shellRows()).toHaveLength(25));
    location.hash = '#/requests/3/show';
    await handOverQueueShell();
    expect(shellRows()).toHaveLength(0);
  });

  it('after a login, draws the rows over react-admin until its own are there', async () => {
    const { overlayAfterLogin } = await boot();
    location.hash = '#/login';
    const root = document.getElementById('root')!;
    root.innerHTML = '<main id="main-content"><form>login</form></main>';
    // Resolves once the rows are drawn: react-admin leaves the login page only then.
    await overlayAfterLogin(calls(Promise.resolve({ data: rows, total: 90 })), reviewer, 5_000);
    expect(shellRows()).toHaveLength(25);
    expect(document.querySelectorAll('#main-content')).toHaveLength(1);
    location.hash = '#/requests';
    root.innerHTML =
      '<main id="main-content"><table class="RaDataTable-root"><tbody><tr><td>x</td></tr></tbody></table></main>';
    await vi.waitFor(() => expect(shellRows()).toHaveLength(0));
  });

  it('after a login whose list call failed, draws nothing and lets react-admin go on at once', async () => {
    const { overlayAfterLogin } = await boot();
    location.hash = '#/login';
    document.getElementById('root')!.innerHTML = '<main id="main-content"><form>login</form></main>';
    await overlayAfterLogin(calls(Promise.reject(new Error('offline'))), reviewer, 5_000);
    expect(shellRows()).toHaveLength(0);
  });

  it('is not painted once react-admin has started rendering', async () => {
    let answer!: (value: unknown) => void;
    const { startQueueShell, handOverQueueShell } = await boot();
    startQueueShell(calls(new Promise((resolve) => (answer = resolve))), Promise.resolve(reviewer));
    await handOverQueueShell();
    answer({ data: rows, total: 90 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shellRows()).toHaveLength(0);
  });
});
