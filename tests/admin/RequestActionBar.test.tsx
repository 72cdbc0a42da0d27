import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import { aRequest } from '../support/fixtures.ts';
import { callApi, openRequest, startApp } from './appHarness.tsx';

const LONG = { timeout: 20_000 };

/** The disabled-reason a workflow button shows on hover (the tooltip closes again, so the next one can be read). */
async function reasonOf(name: string | RegExp) {
  const button = await screen.findByRole('button', { name }, LONG);
  expect(button).toBeDisabled();
  const holder = button.parentElement!;
  await userEvent.hover(holder);
  const reason = (await screen.findByRole('tooltip', {}, LONG)).textContent ?? '';
  await userEvent.unhover(holder);
  await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull(), LONG);
  return reason;
}

/** The request page's action bar, against the real API, as the reviewer 王芳. */
describe('RequestActionBar (reviewer)', () => {
  let api: MockApi;
  let database: Database;

  beforeAll(async () => {
    ({ api, database } = await startApp('reviewer'));
  });
  afterAll(() => api.close());

  it('an unclaimed request offers Claim; deciding waits until someone has claimed it', async () => {
    const r = await aRequest(database.db, { status: 'submitted', assignee: null });
    await openRequest(r.id, r.number);
    const toolbar = screen.getByRole('toolbar', { name: '审核操作' });
    const claim = within(toolbar).getByRole('button', { name: '领取' });
    expect(claim).toBeEnabled();
    // A reviewer has no manager role: no Reassign button at all.
    expect(within(toolbar).queryByRole('button', { name: '改派' })).toBeNull();
    expect(await reasonOf('批准注销')).toContain('此申请尚无人领取，请先领取。');

    await userEvent.click(claim);
    expect(await screen.findByText(`已领取 ${r.number}，现由您处理`, {}, LONG)).toBeInTheDocument();
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: '退回队列' })).toBeEnabled(), LONG);
    expect(within(toolbar).getByRole('button', { name: '领取' })).toBeDisabled();
  }, 90_000);

  it('Approve is disabled with the failing gates while documents are not verified', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer', documents: 'submitted' });
    await openRequest(r.id, r.number);
    const reason = await reasonOf('批准注销');
    expect(reason).toContain('必需材料均已核验');
    expect(reason).toContain('未通过核验：身份证人像面、身份证国徽面');
    // The rest of the reviewer's work is open to them.
    expect(screen.getByRole('button', { name: '请求补充材料' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '驳回' })).toBeEnabled();
  }, 90_000);

  it('a request claimed by a colleague says by whom, and the reviewer cannot decide it', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer2' });
    await openRequest(r.id, r.number);
    expect(await reasonOf('领取')).toContain('已由 李强 领取（审核中）。');
    // Asking and deciding are the assignee's alone; giving it back is theirs or a manager's.
    for (const action of ['请求补充材料', '改为暂停服务', '驳回', '批准注销']) {
      expect(await reasonOf(action)).toContain(`只有处理人（李强）可以「${action}」。`);
    }
    expect(await reasonOf('退回队列')).toContain('只有处理人（李强）或主管可以「退回队列」。');
  }, 90_000);

  it('approving says what will happen, then the account is cancelled', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer', balanceFen: 12345 });
    await openRequest(r.id, r.number);
    const approve = await screen.findByRole('button', { name: '批准注销' });
    await waitFor(() => expect(approve).toBeEnabled(), LONG);
    await userEvent.click(approve);
    const dialog = await screen.findByRole('dialog', {}, LONG);
    for (const line of [
      '这是最终决定：注销不可撤销。',
      '所有服务立即停止',
      '将为余额 ¥123.45 自动创建退款，待财务审批。',
      '邮件（',
      '和短信（',
    ]) {
      expect(dialog.textContent).toContain(line);
    }
    await userEvent.click(within(dialog).getByRole('button', { name: '确认批准并注销账户' }));
    expect(
      await screen.findByText(`${r.number} 已批准：账户已注销；给客户的邮件和短信已排队，尚未发出`, {}, LONG),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Decided: the buttons go, the page says it is final.
    await waitFor(() => expect(screen.queryByRole('button', { name: '批准注销' })).toBeNull(), LONG);
  }, 90_000);

  it('a request changed since it was opened is never overwritten: 412 shows the notice and Refresh', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
    await openRequest(r.id, r.number);
    // Someone edits the request after the page loaded (a new version).
    const edit = await callApi(`/api/requests/${r.id}`, {
      method: 'PUT',
      body: { internalNote: '同事补充的备注' },
      headers: { 'If-Match': `"${r.version}"` },
    });
    expect(edit.status).toBe(200);

    await userEvent.click(await screen.findByRole('button', { name: '改为暂停服务' }));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    await userEvent.click(within(dialog).getByRole('button', { name: '确认改为暂停服务' }));
    const alert = await within(dialog).findByText('此申请在您打开后已被修改', {}, LONG);
    expect(alert.closest('[role=alert]')!.textContent).toContain('「改为暂停服务」没有执行');
    const stillInReview = await callApi(`/api/requests/${r.id}`, { method: 'GET' });
    expect(stillInReview.json.status).toBe('in_review');

    await userEvent.click(within(dialog).getByRole('button', { name: '刷新' }));
    await waitFor(() => expect(within(dialog).queryByText('此申请在您打开后已被修改')).toBeNull());
    await screen.findByText('同事补充的备注', {}, LONG);
    // With the fresh version the reviewer may now decide, knowingly.
    await userEvent.click(within(dialog).getByRole('button', { name: '确认改为暂停服务' }));
    expect(
      await screen.findByText(`${r.number} 已结束：账户改为暂停服务；给客户的邮件和短信已排队，尚未发出`, {}, LONG),
    ).toBeInTheDocument();
  }, 90_000);

  it('the info request ticks the missing and rejected required documents and pauses the clock', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer', documents: 'rejected' });
    await openRequest(r.id, r.number);
    await userEvent.click(await screen.findByRole('button', { name: '请求补充材料' }));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    expect(within(dialog).getByRole('checkbox', { name: /身份证人像面/ })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: /身份证国徽面/ })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: /手持身份证照片/ })).not.toBeChecked();
    expect((within(dialog).getByRole('textbox', { name: /给客户的留言/ }) as HTMLTextAreaElement).value).toContain(
      '请在账户中上传以上材料',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '发送给客户' }));
    expect(
      await screen.findByText(`已请客户补充 ${r.number} 的材料，邮件和短信已排队，尚未发出`, {}, LONG),
    ).toBeInTheDocument();
    const after = await callApi(`/api/requests/${r.id}`, { method: 'GET' });
    expect(after.json).toMatchObject({
      status: 'awaiting_customer',
      requestedDocTypes: ['id_card_front', 'id_card_back'],
    });
  }, 90_000);

  it('rejecting needs a reason; the customer message comes from the reason’s template and stays editable', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer', openOrder: true });
    await openRequest(r.id, r.number);
    await userEvent.click(await screen.findByRole('button', { name: '驳回' }));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    await userEvent.click(within(dialog).getByRole('button', { name: '确认驳回' }));
    expect(await within(dialog).findByText('请选择驳回原因')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('combobox', { name: /驳回原因/ }));
    await userEvent.click(await screen.findByRole('option', { name: '存在未完结订单' }));
    const message = within(dialog).getByRole('textbox', { name: /给客户的留言/ });
    expect((message as HTMLTextAreaElement).value).toContain('您的账户仍有未完结的订单');
    await userEvent.type(message, '订单号见短信。');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /内部备注/ }), '客户来电确认');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认驳回' }));
    expect(
      await screen.findByText(`${r.number} 已驳回；给客户的邮件和短信已排队，尚未发出`, {}, LONG),
    ).toBeInTheDocument();
    const after = await callApi(`/api/requests/${r.id}`, { method: 'GET' });
    expect(after.json).toMatchObject({
      status: 'rejected',
      rejectReasonCode: 'outstanding_orders',
      internalNote: '客户来电确认',
    });
    expect(String(after.json.customerMessage)).toMatch(/未完结的订单.*订单号见短信。$/s);
  }, 90_000);

  it('awaiting the customer: take back and remind are offered, reject and approve say what would enable them', async () => {
    const r = await aRequest(database.db, { status: 'awaiting_customer', assignee: 'reviewer' });
    // The app runs on the real clock here: the customer was asked a minute ago.
    await database.db
      .updateTable('cancellationRequests')
      .set({ pausedAt: new Date(Date.now() - 60_000) })
      .where('id', '=', r.id)
      .execute();
    await openRequest(r.id, r.number);
    const toolbar = screen.getByRole('toolbar', { name: '审核操作' });
    expect(within(toolbar).queryByRole('button', { name: '请求补充材料' })).toBeNull();
    expect(within(toolbar).getByRole('button', { name: '收回补充请求' })).toBeEnabled();
    // Asked today: the next reminder waits for the next working day (or for a calendar year an admin adds).
    expect(await reasonOf('提醒客户')).toMatch(/本工作日已联系过客户：.* 起可再次提醒。|工作日历未覆盖/);
    expect(await reasonOf('驳回')).toMatch(/客户仍在答复期内：.* 起可因未回复驳回。|工作日历未覆盖/);
    expect(await reasonOf('批准注销')).toContain('回到「审核中」后才能');

    await userEvent.click(within(toolbar).getByRole('button', { name: '收回补充请求' }));
    expect(await screen.findByText(`${r.number} 已回到「审核中」，恢复计时`, {}, LONG)).toBeInTheDocument();
    const after = await callApi(`/api/requests/${r.id}`, { method: 'GET' });
    expect(after.json).toMatchObject({ status: 'in_review', slaPaused: false });
  }, 90_000);
});
