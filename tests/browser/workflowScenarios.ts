import assert from 'node:assert/strict';
import { shot } from './harness.ts';
import {
  TIMEOUT,
  login,
  queueRows,
  api,
  q,
  anApprovableUnclaimedRequest,
  openRequestFromQueue,
  statusChip,
  type RequestRow,
  type Scenario,
} from './support.ts';

// Deciding a request: the workflow, stale versions, bulk reassign and the outbox.
export const workflowScenarios: Scenario[] = [
  [
    'a reviewer claims a request, asks the customer for more, the customer answers, the reviewer approves: the customer is told in Chinese',
    async (page, url) => {
      await login(page, url);
      await queueRows(page);
      const request = await anApprovableUnclaimedRequest(page);
      await openRequestFromQueue(page, request.number);
      await statusChip(page, '待审核');

      const bar = page.getByRole('toolbar', { name: '审核操作' });
      await bar.getByRole('button', { name: '领取' }).click();
      await page.getByText(`已领取 ${request.number}，现由您处理`).waitFor({ timeout: TIMEOUT });
      await statusChip(page, '审核中');
      await shot(page, '08-claimed');

      await bar.getByRole('button', { name: '请求补充材料' }).click();
      const infoDialog = page.getByRole('dialog');
      await infoDialog.getByRole('checkbox', { name: /手持身份证照片/ }).check();
      assert.match(
        await infoDialog.getByRole('textbox', { name: /给客户的留言/ }).inputValue(),
        /请在账户中上传以上材料/,
      );
      await shot(page, '09-request-info-dialog');
      await infoDialog.getByRole('button', { name: '发送给客户' }).click();
      await page.getByText(`已请客户补充 ${request.number} 的材料`, { exact: false }).waitFor({ timeout: TIMEOUT });
      await statusChip(page, '待补充');

      // The customer answers through the intake API (the portal's side).
      const answer = await fetch(`${url}/api/intake/requests/${request.number}/answer`, {
        method: 'POST',
        headers: { authorization: 'Bearer demo-intake-key-not-for-production', 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(answer.status, 200, await answer.text());

      await page.reload();
      await page.getByRole('heading', { name: request.number }).waitFor({ timeout: TIMEOUT });
      await statusChip(page, '审核中');
      await page.getByText('补充了材料').first().waitFor({ timeout: TIMEOUT });

      const approve = page.getByRole('toolbar', { name: '审核操作' }).getByRole('button', { name: '批准注销' });
      await page.waitForFunction((b) => b && !(b as HTMLButtonElement).disabled, await approve.elementHandle(), {
        timeout: TIMEOUT,
      });
      await approve.click();
      const approveDialog = page.getByRole('dialog');
      for (const line of ['这是最终决定：注销不可撤销。', '所有服务立即停止', '以简体中文通知客户']) {
        await approveDialog.getByText(line, { exact: false }).waitFor({ timeout: TIMEOUT });
      }
      await shot(page, '10-approve-dialog');
      await approveDialog.getByRole('button', { name: '确认批准并注销账户' }).click();
      await page
        .getByText(`${request.number} 已批准：账户已注销；给客户的邮件和短信已排队，尚未发出`)
        .waitFor({ timeout: TIMEOUT });
      await statusChip(page, '已批准');
      await page.getByText('批准注销').first().waitFor({ timeout: TIMEOUT });
      await shot(page, '11-approved');

      // The outbox holds the approval email and SMS, in Chinese, reminding to back up data.
      const outbox = await api<{ event: string; channel: string; language: string; body: string }[]>(
        page,
        `/api/notifications?filter=${q({ requestId: request.id })}&range=${q([0, 99])}`,
      );
      const approval = outbox.json.filter((n) => n.event === 'approved');
      assert.deepEqual(approval.map((n) => n.channel).sort(), ['email', 'sms']);
      for (const n of approval) {
        assert.equal(n.language, 'zh-CN');
        assert.match(n.body, /备份/);
      }
      const panel = page.locator('.MuiCard-root', { has: page.getByRole('heading', { name: '通知' }) });
      await panel.getByText('已批准注销').first().waitFor({ timeout: TIMEOUT });
      await panel.scrollIntoViewIfNeeded();
      await shot(page, '12-notifications-panel');
    },
  ],

  [
    'a request changed by someone else is never overwritten: the reviewer is told and refreshes',
    async (page, url) => {
      await login(page, url);
      await queueRows(page);
      const mine = (
        await api<RequestRow[]>(
          page,
          `/api/requests?filter=${q({ status: 'in_review', assigneeId: 'mine' })}&range=${q([0, 0])}`,
        )
      ).json[0]!;
      await page.goto(`${url}/#/requests/${mine.id}/show`);
      await page.getByRole('heading', { name: mine.number }).waitFor({ timeout: TIMEOUT });
      const edit = await api(page, `/api/requests/${mine.id}`, {
        method: 'PUT',
        body: { internalNote: '主管补充：客户来电' },
        headers: { 'If-Match': `"${mine.version}"` },
      });
      assert.equal(edit.status, 200);

      await page.getByRole('toolbar', { name: '审核操作' }).getByRole('button', { name: '退回队列' }).click();
      const notice = page.getByRole('alert').filter({ hasText: '此申请在您打开后已被修改' });
      await notice.waitFor({ timeout: TIMEOUT });
      await page.waitForTimeout(400); // the snackbar's entrance transition
      await shot(page, '13-changed-since-opened');
      const unchanged = await api<RequestRow>(page, `/api/requests/${mine.id}`);
      assert.equal(unchanged.json.status, 'in_review', 'nothing was done');
      await notice.getByRole('button', { name: '刷新' }).click();
      await page.getByText('主管补充：客户来电').waitFor({ timeout: TIMEOUT });
    },
  ],

  [
    'a manager reassigns several requests at once and sees each result, then the outbox',
    async (page, url) => {
      await login(page, url, 'manager');
      // Managers land on their dashboard; the queue is one menu entry away.
      await page.waitForURL((u) => u.hash.startsWith('#/dashboard'), { timeout: TIMEOUT });
      await page.getByRole('menuitem', { name: /注销队列/ }).click();
      await page.waitForURL((u) => u.hash.startsWith('#/requests'), { timeout: TIMEOUT });
      const rows = await queueRows(page);
      await rows.nth(0).locator('input[type=checkbox]').check();
      await rows.nth(1).locator('input[type=checkbox]').check();
      await page.getByRole('button', { name: '改派' }).click();
      await page.getByRole('combobox', { name: /审核员/ }).click();
      await page.getByRole('option', { name: '李强' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认改派' }).click();
      // Every one done: a toast says so, no dialog to close (the dialog lists failures only).
      await page.getByText('改派：2 个申请全部完成').waitFor({ timeout: TIMEOUT });
      await shot(page, '14-bulk-reassign-result');
      assert.equal(await page.getByRole('dialog').count(), 0);

      await page.getByRole('menuitem', { name: /通知/ }).click();
      await page.getByRole('columnheader', { name: '收件人' }).waitFor({ timeout: TIMEOUT });
      const first = page.locator('tbody tr').first();
      await first.getByText(/已发送|待发送|发送失败/).waitFor({ timeout: TIMEOUT });
      assert.match(await first.innerText(), /\d{3}\*{4}\d{4}|\*{3,}@/, 'recipients are masked');
      await shot(page, '15-outbox');
    },
  ],
];
