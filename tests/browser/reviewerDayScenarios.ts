import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { shot } from './harness.ts';
import {
  TIMEOUT,
  login,
  queueRows,
  api,
  q,
  statusChip,
  type DocumentRow,
  type RequestRow,
  type Scenario,
} from './support.ts';

// A reviewer's day: the keyboard from one request to the next, the identity
// check that unblocks an approval, and a customer who never answers.

type Request = RequestRow & {
  assigneeId: number | null;
  nextReminderAt: string | null;
  noResponseRejectAt: string | null;
};

const list = async (page: Page, filter: object) =>
  (await api<Request[]>(page, `/api/requests?filter=${q(filter)}&range=${q([0, 199])}`)).json;

const post = (page: Page, path: string, version: number, body: object = {}) =>
  api<Request>(page, path, { method: 'POST', body, headers: { 'If-Match': `"${version}"` } });

/** Every required document uploaded and waiting to be checked, no open order: only checking stands between it and approval. */
async function onlyChecksLeft(page: Page, r: Request) {
  if (r.documentsRequired === 0) return null;
  const docs = (await api<DocumentRow[]>(page, `/api/documents?filter=${q({ requestId: r.id })}&range=${q([0, 99])}`))
    .json;
  if (docs.length < r.documentsRequired || docs.some((d) => d.status !== 'submitted')) return null;
  const open = await api<unknown[]>(page, `/api/orders?filter=${q({ accountId: r.accountId, status: 'open' })}`);
  return open.json.length === 0 ? docs : null;
}

/** The signed-in reviewer holds nothing in review: "next" then has a known first answer. */
async function releaseAllMine(page: Page) {
  for (const r of await list(page, { status: 'in_review', assigneeId: 'mine' })) {
    const released = await post(page, `/api/requests/${r.id}/release`, r.version);
    assert.equal(released.status, 200, JSON.stringify(released.json));
  }
}

/** An unclaimed request where only the document checks (and, with `identity`, the holder check) are left. */
async function anUnclaimed(page: Page, identityVerified: boolean) {
  for (const r of await list(page, { status: 'submitted' })) {
    if (r.identityVerified !== identityVerified) continue;
    const docs = await onlyChecksLeft(page, r);
    if (docs) return { request: r, documents: docs };
  }
  throw new Error(`no unclaimed request with identity ${identityVerified ? '' : 'not '}verified fits`);
}

const key = async (page: Page, k: string) => {
  await page.keyboard.press(k);
  await page.waitForTimeout(150);
};

export const reviewerDayScenarios: Scenario[] = [
  [
    'a reviewer clears requests with the keyboard only: next, open documents, verify, approve and next',
    async (page, url) => {
      await login(page, url, 'reviewer3');
      await queueRows(page);
      await releaseAllMine(page);
      // The one request of theirs in review: "next" opens it before claiming anything new.
      const { request, documents } = await anUnclaimed(page, true);
      const claimed = await post(page, `/api/requests/${request.id}/claim`, request.version);
      assert.equal(claimed.status, 200, JSON.stringify(claimed.json));

      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await key(page, '?');
      await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor({ timeout: TIMEOUT });
      await shot(page, '40-keyboard-help');
      await key(page, 'Escape');

      await key(page, 'j');
      await key(page, 'j');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TR', 'j focuses a queue row');

      await key(page, 'n');
      await page.getByRole('heading', { name: request.number }).waitFor({ timeout: TIMEOUT });
      await page.getByText(`已打开 ${request.number}：您审核中最紧急的申请`).waitFor({ timeout: TIMEOUT });
      await statusChip(page, '审核中');

      await key(page, 'd');
      const viewer = page.getByRole('dialog', { name: /材料|身份证|营业执照|授权/ }).first();
      await viewer.waitFor({ timeout: TIMEOUT });
      for (let i = 0; i < documents.length; i++) {
        await key(page, 'v');
        await page
          .getByText(/已核验：/)
          .first()
          .waitFor({ timeout: TIMEOUT });
      }
      await page.waitForFunction(
        async (id) => {
          const r = await fetch(`/api/requests/${id}`).then((x) => x.json());
          return r.documentsVerified === r.documentsRequired;
        },
        request.id,
        { timeout: TIMEOUT, polling: 300 },
      );
      await shot(page, '41-keyboard-verified');
      await key(page, 'Escape');

      const approve = page.getByRole('toolbar', { name: '审核操作' }).getByRole('button', { name: '批准注销' });
      await page.waitForFunction((b) => b && !(b as HTMLButtonElement).disabled, await approve.elementHandle(), {
        timeout: TIMEOUT,
      });
      await key(page, 'a');
      const dialog = page.getByRole('dialog', { name: /批准注销/ });
      await dialog.waitFor({ timeout: TIMEOUT });
      await shot(page, '42-keyboard-approve-dialog');
      // Enter: "approve and next" has the focus.
      await key(page, 'Enter');
      await page
        .getByText(`${request.number} 已批准：账户已注销；给客户的邮件和短信已排队，尚未发出`)
        .waitFor({ timeout: TIMEOUT });
      // Nothing of theirs left in review: the next one is claimed from the queue.
      await page.getByText(/已领取最早到期的 ZX/).waitFor({ timeout: TIMEOUT });
      await page.waitForFunction((n) => !document.querySelector('h1')?.textContent?.includes(n), request.number, {
        timeout: TIMEOUT,
      });
      await statusChip(page, '审核中');
      await shot(page, '43-keyboard-next-claimed');
      const decided = await api<Request>(page, `/api/requests/${request.id}`);
      assert.equal(decided.json.status, 'approved');
    },
  ],
  [
    "the holder identity check beside the holder's data unblocks an approval",
    async (page, url) => {
      await login(page, url, 'reviewer2');
      await queueRows(page);
      await releaseAllMine(page);
      const { request } = await anUnclaimed(page, false);
      const claimed = await post(page, `/api/requests/${request.id}/claim`, request.version);
      assert.equal(claimed.status, 200, JSON.stringify(claimed.json));
      await key(page, 'n');
      await page.getByRole('heading', { name: request.number }).waitFor({ timeout: TIMEOUT });
      // `d` opens the first document to check: once the documents have loaded.
      await page.getByText(/已核验 0\/\d/).waitFor({ timeout: TIMEOUT });

      await key(page, 'd');
      const viewer = page.getByRole('dialog').first();
      await viewer.waitFor({ timeout: TIMEOUT });
      const identity = viewer.getByRole('button', { name: '核验持有人身份' });
      assert.ok(await identity.isDisabled(), 'disabled until the ID documents are verified');
      for (let i = 0; i < request.documentsRequired; i++) {
        await key(page, 'v');
        await page.waitForTimeout(400);
      }
      await page.waitForFunction((b) => b && !(b as HTMLButtonElement).disabled, await identity.elementHandle(), {
        timeout: TIMEOUT,
      });
      await shot(page, '44-identity-action-beside-holder');
      await identity.click();
      await page.getByText(`${request.number} 的持有人身份已核验`).waitFor({ timeout: TIMEOUT });
      await key(page, 'Escape');

      const approve = page.getByRole('toolbar', { name: '审核操作' }).getByRole('button', { name: '批准注销' });
      await page.waitForFunction((b) => b && !(b as HTMLButtonElement).disabled, await approve.elementHandle(), {
        timeout: TIMEOUT,
      });
      await approve.click();
      await page.getByRole('dialog').getByRole('button', { name: '确认批准并注销账户' }).click();
      await statusChip(page, '已批准');
      await shot(page, '45-identity-unblocked-approved');
      const events = await api<{ action: string }[]>(
        page,
        `/api/audit-events?filter=${q({ requestId: request.id })}&range=${q([0, 99])}`,
      );
      assert.ok(events.json.some((e) => e.action === 'request.identity_verified'));
    },
  ],
  [
    'a request awaiting the customer is reminded, and rejected for no response once the set working days passed',
    async (page, url) => {
      // The manager also holds the reviewer role: they take over a request the customer left unanswered.
      await login(page, url, 'manager');
      // Managers land on their dashboard.
      await page.waitForURL((u) => u.hash.startsWith('#/dashboard'), { timeout: TIMEOUT });
      const now = Date.now();
      const silent = (await list(page, { status: 'awaiting_customer' })).find(
        (r) =>
          r.noResponseRejectAt &&
          Date.parse(r.noResponseRejectAt) <= now &&
          r.nextReminderAt &&
          Date.parse(r.nextReminderAt) <= now,
      );
      assert.ok(silent, 'the demo data holds a request awaiting the customer for over 15 working days');
      const me = await api<{ id: number }>(page, '/api/auth/me');
      const mine = await post(page, `/api/requests/${silent.id}/reassign`, silent.version, { assigneeId: me.json.id });
      assert.equal(mine.status, 200, JSON.stringify(mine.json));

      await page.goto(`${url}/#/requests/${silent.id}/show`);
      await page.getByRole('heading', { name: silent.number }).waitFor({ timeout: TIMEOUT });
      await statusChip(page, '待补充');
      const bar = page.getByRole('toolbar', { name: '审核操作' });
      await bar.getByRole('button', { name: '提醒客户' }).click();
      await page.getByText(`已为 ${silent.number} 排队发送提醒`, { exact: false }).waitFor({ timeout: TIMEOUT });
      // Once a working day: the button now says from when.
      const remind = bar.getByRole('button', { name: '提醒客户' });
      await page.waitForFunction((b) => b && (b as HTMLButtonElement).disabled, await remind.elementHandle(), {
        timeout: TIMEOUT,
      });
      assert.match(
        (await remind.locator('xpath=..').getAttribute('data-disabled-reason')) ?? '',
        /本工作日已联系过客户：.* 起可再次提醒。/,
      );
      await shot(page, '46-reminded');

      await bar.getByRole('button', { name: '驳回' }).click();
      const dialog = page.getByRole('dialog', { name: /驳回/ });
      await dialog.getByText('客户未回复').waitFor({ timeout: TIMEOUT });
      assert.match(await dialog.getByRole('textbox', { name: /给客户的留言/ }).inputValue(), /规定的工作日内未收到/);
      await shot(page, '47-reject-no-response-dialog');
      await dialog.getByRole('button', { name: '确认驳回' }).click();
      await statusChip(page, '已驳回');
      const outbox = await api<{ event: string; channel: string }[]>(
        page,
        `/api/notifications?filter=${q({ requestId: silent.id })}&range=${q([0, 99])}`,
      );
      const events = outbox.json.map((n) => n.event);
      assert.ok(events.includes('info_reminder'), JSON.stringify(events));
      assert.ok(events.includes('rejected_no_response'), JSON.stringify(events));
      await shot(page, '48-rejected-no-response');
    },
  ],
];
