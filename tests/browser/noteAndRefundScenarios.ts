import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { shot } from './harness.ts';
import { TIMEOUT, api, login, q, type Scenario, type RequestRow } from './support.ts';

// Two edits staff make on a record's page: the reviewer's internal note, finance's refund on request.

const noCallUnderWay = (page: Page) =>
  page.locator('.RaLoadingIndicator-loader').waitFor({ state: 'detached', timeout: TIMEOUT });

export const noteAndRefundScenarios: Scenario[] = [
  [
    'a reviewer writes the internal note of a request they hold; it is there after a reload',
    async (page, url) => {
      await login(page, url, 'reviewer');
      await page.locator('.RaMenuItemLink-root').first().waitFor({ timeout: TIMEOUT });
      const me = (await api<{ id: number }>(page, '/api/auth/me')).json;
      const [request] = (
        await api<RequestRow[]>(
          page,
          `/api/requests?filter=${q({ status: 'in_review', assigneeId: me.id })}&range=${q([0, 0])}`,
        )
      ).json;
      assert.ok(request, 'the demo data gives the reviewer a request in review');
      await page.goto(`${url}/#/requests/${request.id}/show`);
      await page.getByRole('heading', { name: request.number }).waitFor({ timeout: TIMEOUT });

      await page.getByRole('button', { name: '编辑备注' }).click({ timeout: TIMEOUT });
      const dialog = page.getByRole('dialog');
      const box = dialog.getByRole('textbox', { name: '内部备注' });
      await box.waitFor({ timeout: TIMEOUT });
      const note = `客户来电：月底前办理（${Date.now() % 100_000}）\n已确认余额退回原支付账户。`;
      await box.fill(note);
      assert.deepEqual(await axeViolations(page), [], 'note editor: axe WCAG 2 A/AA violations');
      await shot(page, '80-note-editor');
      await dialog.getByRole('button', { name: '保存备注' }).click();
      await page.getByText(`${request.number} 的内部备注已保存`).waitFor({ timeout: TIMEOUT });

      await page.reload();
      await page.getByRole('heading', { name: request.number }).waitFor({ timeout: TIMEOUT });
      await page.getByText(note.split('\n')[0]!).waitFor({ timeout: TIMEOUT });
      const stored = (await api<{ internalNote: string }>(page, `/api/requests/${request.id}`)).json;
      assert.equal(stored.internalNote, note);
    },
  ],
  [
    "finance makes a refund on request from an account's page; it waits for another's approval",
    async (page, url) => {
      await login(page, url, 'finance');
      await page.waitForURL((u) => u.hash.startsWith('#/refunds'), { timeout: TIMEOUT });
      const accounts = (
        await api<{ id: number; accountNumber: string }[]>(
          page,
          `/api/accounts?sort=${q(['balanceFen', 'DESC'])}&range=${q([0, 19])}`,
        )
      ).json;
      let account: { id: number; accountNumber: string } | undefined;
      for (const candidate of accounts) {
        const facts = (await api<{ refundableFen: number }>(page, `/api/accounts/${candidate.id}/refundable`)).json;
        if (facts.refundableFen >= 100) {
          account = candidate;
          break;
        }
      }
      assert.ok(account, 'an account with ¥1.00 left to refund');
      await page.goto(`${url}/#/accounts/${account.id}/show`);
      await page.getByRole('button', { name: '新建退款' }).click({ timeout: TIMEOUT });
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/^可退 ¥/).waitFor({ timeout: TIMEOUT });
      await dialog.getByRole('textbox', { name: /金额/ }).fill('1');
      await dialog.getByRole('textbox', { name: /原因/ }).fill('浏览器测试：客户来电申请退还多扣的月租');
      await noCallUnderWay(page);
      assert.deepEqual(await axeViolations(page), [], 'new refund: axe WCAG 2 A/AA violations');
      await shot(page, '81-new-refund');
      await dialog.getByRole('button', { name: '提交审批' }).click();

      await page.waitForURL((u) => /#\/refunds\/\d+\/show/.test(u.hash), { timeout: TIMEOUT });
      const id = Number(/#\/refunds\/(\d+)\/show/.exec(page.url())![1]);
      await page.getByRole('heading', { name: `退款 #${id}` }).waitFor({ timeout: TIMEOUT });
      await page.getByText('这笔退款是你发起的，须由其他财务审批').waitFor({ timeout: TIMEOUT });
      // Its history shows its creation, though it has no cancellation request.
      await page.getByText('创建了退款').waitFor({ timeout: TIMEOUT });
      const refund = (
        await api<{ amountFen: number; status: string; requestId: number | null }>(page, `/api/refunds/${id}`)
      ).json;
      assert.deepEqual(
        { amountFen: refund.amountFen, status: refund.status, requestId: refund.requestId },
        { amountFen: 100, status: 'pending_approval', requestId: null },
      );
    },
  ],
];
