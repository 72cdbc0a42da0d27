import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { CancelRequest } from '../../src/admin/types.ts';
import { aRequest, staffId } from '../support/fixtures.ts';
import { callApi, openPage, startApp } from './appHarness.tsx';

const LONG = { timeout: 20_000 };

/** The queue's own workflow: bulk claim with per-request results, "next request" by button and by key. */
describe('queue actions (reviewer)', () => {
  let api: MockApi;
  let database: Database;
  let get: <T>(path: string) => Promise<T>;
  let me: number;

  beforeAll(async () => {
    ({ api, database, get } = await startApp('reviewer'));
    me = await staffId(database.db, 'reviewer');
  });
  afterAll(() => api.close());

  /** The reviewer holds nothing in review, so "next" claims from the queue. */
  const nothingOfMine = (to: number | null = null) =>
    database.db
      .updateTable('cancellationRequests')
      .set(to === null ? { status: 'submitted', assigneeId: null } : { assigneeId: to })
      .where('assigneeId', '=', me)
      .where('status', '=', 'in_review')
      .execute();

  const rowOf = async (number: string) => (await screen.findByText(number, {}, { timeout: 45_000 })).closest('tr')!;

  it('bulk claim with a refusal: the dialog lists only the refused request and why; the rest is counted', async () => {
    const free = await aRequest(database.db, { status: 'submitted', assignee: null });
    const taken = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer2' });
    // Every fixture's holder is 测试用户: searching for it shows just these (all statuses).
    openPage(`/requests?filter=${encodeURIComponent(JSON.stringify({ q: '测试用户' }))}`);
    await userEvent.click(within(await rowOf(free.number)).getByRole('checkbox'));
    await userEvent.click(within(await rowOf(taken.number)).getByRole('checkbox'));
    await userEvent.click(await screen.findByRole('button', { name: '领取' }));

    const dialog = await screen.findByRole('dialog', {}, LONG);
    expect(within(dialog).getByRole('heading', { name: '领取：1 个成功，1 个未执行' })).toBeInTheDocument();
    expect(within(dialog).queryByTestId(`bulk-ok-${free.id}`)).toBeNull();
    expect(within(dialog).getByText('其余 1 个申请已完成。')).toBeInTheDocument();
    expect(within(dialog).getByTestId(`bulk-failed-${taken.id}`)).toHaveTextContent(
      `${taken.number}已由 李强 领取（审核中）。`,
    );
    expect((await get<CancelRequest>(`/api/requests/${free.id}`)).assigneeId).toBe(me);

    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText('已选择 2 项')).toBeNull();
  }, 90_000);

  it('bulk claim where all succeed: a notice, no dialog; bulk release asks first', async () => {
    const a = await aRequest(database.db, { status: 'submitted', assignee: null });
    const b = await aRequest(database.db, { status: 'submitted', assignee: null });
    const view = openPage(`/requests?filter=${encodeURIComponent(JSON.stringify({ q: '测试用户' }))}`);
    await userEvent.click(within(await rowOf(a.number)).getByRole('checkbox'));
    await userEvent.click(within(await rowOf(b.number)).getByRole('checkbox'));
    await userEvent.click(await screen.findByRole('button', { name: '领取' }));
    expect(await screen.findByText('领取：2 个申请全部完成', {}, LONG)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await get<CancelRequest>(`/api/requests/${a.id}`)).assigneeId).toBe(me);
    view.unmount();

    openPage(`/requests?filter=${encodeURIComponent(JSON.stringify({ q: '测试用户' }))}`);
    await userEvent.click(within(await rowOf(a.number)).getByRole('checkbox'));
    await userEvent.click(await screen.findByRole('button', { name: '退回队列' }));
    const confirm = await screen.findByRole('dialog', {}, LONG);
    expect(within(confirm).getByText('将所选的 1 个申请退回队列，取消分配？')).toBeInTheDocument();
    expect((await get<CancelRequest>(`/api/requests/${a.id}`)).status).toBe('in_review');
    await userEvent.click(within(confirm).getByRole('button', { name: '退回队列' }));
    await waitFor(
      async () => expect((await get<CancelRequest>(`/api/requests/${a.id}`)).status).toBe('submitted'),
      LONG,
    );
  }, 90_000);

  it('“下一个申请” claims the unclaimed request due soonest and opens it', async () => {
    await nothingOfMine();
    const view = openPage('/requests');
    await userEvent.click(await screen.findByRole('button', { name: '下一个申请' }, { timeout: 45_000 }));
    const notice = await screen.findByText(/^已领取最早到期的 ZX\d{6}-\d{5}/, {}, LONG);
    const number = /ZX\d{6}-\d{5,}/.exec(notice.textContent!)![0];
    await screen.findByRole('heading', { name: number }, LONG);
    expect(window.location.hash).toMatch(/#\/requests\/\d+\/show$/);
    const id = Number(/requests\/(\d+)/.exec(window.location.hash)![1]);
    expect(await get<CancelRequest>(`/api/requests/${id}`)).toMatchObject({ status: 'in_review', assigneeId: me });

    // It is now on the reviewer's own tab (other filters cleared).
    view.unmount();
    openPage(`/requests?filter=${encodeURIComponent('{}')}`);
    await userEvent.click(await screen.findByRole('tab', { name: /我的/ }, { timeout: 45_000 }));
    await screen.findByText(number, {}, LONG);
    await waitFor(() => {
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(within(row).getByText('王芳')).toBeInTheDocument();
    }, LONG);
  }, 90_000);

  it('“下一个申请” opens my own most urgent request in review before claiming anything', async () => {
    await nothingOfMine();
    const mine = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
    openPage('/requests');
    await userEvent.click(await screen.findByRole('button', { name: '下一个申请' }, { timeout: 45_000 }));
    expect(await screen.findByText(`已打开 ${mine.number}：您审核中最紧急的申请`, {}, LONG)).toBeInTheDocument();
    await screen.findByRole('heading', { name: mine.number }, LONG);
    expect(await get<CancelRequest>(`/api/requests/${mine.id}`)).toMatchObject({ version: mine.version });
  }, 90_000);

  it('the n key does the same when no input has the focus, and never while typing', async () => {
    await nothingOfMine();
    openPage('/requests');
    const search = await screen.findByPlaceholderText('编号、姓名、手机号、账户号', {}, { timeout: 45_000 });
    await userEvent.type(search, 'n');
    await new Promise((r) => setTimeout(r, 300));
    expect(window.location.hash).not.toMatch(/\/show$/);

    await userEvent.clear(search);
    search.blur();
    // Let the search box's debounced filter reach the URL first (react-admin waits 500 ms).
    await new Promise((r) => setTimeout(r, 800));
    await userEvent.keyboard('n');
    await screen.findByText(/^已领取最早到期的/, {}, LONG);
    await waitFor(() => expect(window.location.hash).toMatch(/#\/requests\/\d+\/show$/), LONG);
  }, 90_000);

  it('an empty queue says so instead of opening anything', async () => {
    // Someone else takes every unclaimed request first.
    const filter = encodeURIComponent(JSON.stringify({ status: 'submitted' }));
    const waiting = await get<CancelRequest[]>(`/api/requests?filter=${filter}&range=${encodeURIComponent('[0,199]')}`);
    expect(waiting.length).toBeGreaterThan(0);
    const { status } = await callApi('/api/requests/bulk/claim', {
      method: 'POST',
      body: { ids: waiting.map((r) => r.id) },
    });
    expect(status).toBe(200);
    // ...and hands them, with everything the reviewer held, to a colleague.
    await nothingOfMine(await staffId(database.db, 'reviewer2'));
    openPage('/requests');
    await userEvent.click(await screen.findByRole('button', { name: '下一个申请' }, { timeout: 45_000 }));
    expect(await screen.findByText('您没有审核中的申请，也没有待领取的申请：队列已清空', {}, LONG)).toBeInTheDocument();
    expect(window.location.hash).not.toMatch(/\/show$/);
  }, 90_000);
});
