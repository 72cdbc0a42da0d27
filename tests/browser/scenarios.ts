import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sampleFilePath } from '../../src/server/seed/sampleFiles.ts';
import { zhCN } from '../../src/admin/i18n/zh-CN.ts';
import type { DocumentType } from '../../src/domain/vocabulary.ts';
import { shot } from './harness.ts';

type Scenario = [name: string, run: (page: Page, url: string) => Promise<void>];

// Generous: CI machines are shared and a cold first page load can be slow.
const TIMEOUT = 30_000;

async function login(page: Page, url: string, username = 'reviewer', password = 'demo1234') {
  await page.goto(url);
  await page.locator('input[name=username]').fill(username, { timeout: TIMEOUT });
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
}

async function queueRows(page: Page) {
  await page.locator('tbody tr').first().waitFor({ timeout: TIMEOUT });
  return page.locator('tbody tr');
}

const requestNumber = /ZX\d{6}-\d{5}/;

/** The API from inside the page, with the signed-in user's session cookie. */
async function api<T = unknown>(page: Page, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  // The function runs in the page: it gets its arguments as one serialised object.
  return page.evaluate(async (call) => {
    const response = await fetch(call.path, {
      method: call.init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...call.init.headers },
      body: call.init.body === undefined ? undefined : JSON.stringify(call.init.body),
    });
    return { status: response.status, json: (await response.json().catch(() => null)) as unknown };
  }, { path, init }).then((r) => r as { status: number; json: T });
}

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

interface RequestRow { id: number; number: string; accountId: number; version: number; status: string; identityVerified: boolean; documentsVerified: number; documentsRequired: number }

/**
 * A request the reviewer can take from the queue and approve: unclaimed,
 * holder identity verified, every required document verified, no open order,
 * a Chinese-speaking customer with an email address. Demo data verifies
 * documents only after a claim, so when no unclaimed one qualifies the
 * reviewer releases one of theirs that does (back to the queue, unclaimed).
 */
async function anApprovableUnclaimedRequest(page: Page): Promise<RequestRow> {
  const passesGates = async (r: RequestRow) => {
    if (!r.identityVerified || r.documentsRequired === 0 || r.documentsVerified !== r.documentsRequired) return false;
    const open = await api<unknown[]>(page, `/api/orders?filter=${q({ accountId: r.accountId, status: 'open' })}`);
    const account = await api<{ language: string; email: string | null }>(page, `/api/accounts/${r.accountId}`);
    return open.json.length === 0 && account.json.language === 'zh-CN' && !!account.json.email;
  };
  const list = async (filter: object) => (await api<RequestRow[]>(page, `/api/requests?filter=${q(filter)}&range=${q([0, 199])}`)).json;
  for (const r of await list({ status: 'submitted' })) if (await passesGates(r)) return r;
  for (const r of await list({ status: 'in_review', assigneeId: 'mine' })) {
    if (!(await passesGates(r))) continue;
    const released = await api<RequestRow>(page, `/api/requests/${r.id}/release`, { method: 'POST', body: {}, headers: { 'If-Match': `"${r.version}"` } });
    assert.equal(released.status, 200, JSON.stringify(released.json));
    return released.json;
  }
  throw new Error('no request passes the approval gates in the demo data');
}

interface DocumentRow { id: number; type: DocumentType; status: string; mimeType: string; attempt: number; rejectionFinal: boolean }

const typeName = (type: DocumentType) => zhCN.resources.documents.enums.type[type];

/**
 * An unclaimed request whose documents include an image and a PDF (a business
 * account, or one filed by an agent), every required one uploaded, and which
 * nothing but its documents keeps from approval: holder identity verified, no
 * open order. Falls back to releasing one of the reviewer's own.
 */
async function aRequestWithImageAndPdf(page: Page): Promise<{ request: RequestRow; documents: DocumentRow[] }> {
  const fits = async (r: RequestRow) => {
    if (!r.identityVerified || r.documentsRequired === 0) return null;
    const docs = (await api<DocumentRow[]>(page, `/api/documents?filter=${q({ requestId: r.id })}&range=${q([0, 99])}`)).json;
    if (!docs.some((d) => d.mimeType === 'application/pdf') || !docs.some((d) => d.mimeType.startsWith('image/'))) return null;
    if (docs.some((d) => d.status === 'rejected')) return null;
    const open = await api<unknown[]>(page, `/api/orders?filter=${q({ accountId: r.accountId, status: 'open' })}`);
    const account = await api<{ email: string | null }>(page, `/api/accounts/${r.accountId}`);
    return open.json.length === 0 && account.json.email ? docs : null;
  };
  const list = async (filter: object) => (await api<RequestRow[]>(page, `/api/requests?filter=${q(filter)}&range=${q([0, 199])}`)).json;
  for (const r of await list({ status: 'submitted' })) {
    const documents = await fits(r);
    if (documents) return { request: r, documents };
  }
  for (const r of await list({ status: 'in_review', assigneeId: 'mine' })) {
    const documents = await fits(r);
    if (!documents) continue;
    const released = await api<RequestRow>(page, `/api/requests/${r.id}/release`, { method: 'POST', body: {}, headers: { 'If-Match': `"${r.version}"` } });
    assert.equal(released.status, 200, JSON.stringify(released.json));
    return { request: released.json, documents };
  }
  throw new Error('no request with an image and a PDF document in the demo data');
}

/** The PDF's first page is on its canvas: some pixel is not blank (a cancelled render leaves it white). */
async function pdfPainted(page: Page) {
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-pdf-page="1"]');
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0) return false;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4 * 97) if (data[i]! < 200 && data[i + 3]! > 0) return true;
    return false;
  }, null, { timeout: TIMEOUT, polling: 250 });
}

/** The document viewer (a dialog titled by the document type), once its file is on screen. */
async function viewerShows(page: Page, type: DocumentType, kind: 'image' | 'pdf') {
  const viewer = page.getByRole('dialog', { name: new RegExp(typeName(type)) });
  await viewer.waitFor({ timeout: TIMEOUT });
  if (kind === 'pdf') {
    await pdfPainted(page);
  } else {
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid=document-preview] img');
      return !!img && img.complete && img.naturalWidth > 0;
    }, null, { timeout: TIMEOUT });
  }
  return viewer;
}

/** Moves the open viewer with the arrow keys until it shows a document of `type`. */
async function showInViewer(page: Page, type: DocumentType) {
  const showing = () => page.getByRole('dialog', { name: new RegExp(typeName(type)) }).count();
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    for (let i = 0; i < 4 && !(await showing()); i++) {
      await page.keyboard.press(key);
      await page.waitForTimeout(100);
    }
  }
  await page.getByRole('dialog', { name: new RegExp(typeName(type)) }).waitFor({ timeout: TIMEOUT });
}

async function openRequestFromQueue(page: Page, number: string) {
  await queueRows(page);
  await page.getByRole('tab', { name: /全部/ }).click();
  await page.getByPlaceholder(/编号|搜索/).first().fill(number);
  const row = page.locator('tbody tr', { hasText: number });
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
  await page.getByRole('heading', { name: number }).waitFor({ timeout: TIMEOUT });
}

const statusChip = (page: Page, label: string) =>
  page.locator('h1 + *', { hasText: label }).first().waitFor({ timeout: TIMEOUT });

export const scenarios: Scenario[] = [
  ['a wrong password is refused on the login page', async (page, url) => {
    await login(page, url, 'reviewer', 'wrong-password');
    await page.getByText(/登录失败|用户名或密码/).first().waitFor({ timeout: TIMEOUT });
    await shot(page, '01-login-refused');
    assert.ok(await page.locator('input[name=username]').isVisible());
  }],

  ['the reviewer logs in and sees the queue in Chinese, due soonest first', async (page, url) => {
    await login(page, url);
    const rows = await queueRows(page);
    assert.ok((await rows.count()) >= 10, 'a page of requests');
    await page.getByText('待审核').first().waitFor();
    const first = await rows.first().innerText();
    assert.match(first, requestNumber);
    assert.match(first, /\d{3}\*{4}\d{4}/, 'phone is masked');
    assert.match(first, /¥/, 'balance in yuan');
    assert.match(first, /工作日|暂停/, 'SLA chip');
    await shot(page, '02-queue');
  }],

  ['a status tab shows only that status, with its count', async (page, url) => {
    await login(page, url);
    await queueRows(page);
    const tab = page.getByRole('tab', { name: /审核中/ });
    const label = await tab.innerText();
    const count = Number(/(\d+)/.exec(label)?.[1]);
    assert.ok(count > 0, `tab shows a count: ${label}`);
    await tab.click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('tbody tr')];
      return rows.length > 0 && rows.every((r) => (r as HTMLElement).innerText.includes('审核中'));
    }, null, { timeout: TIMEOUT });
    await shot(page, '03-tab-in-review');
  }],

  ['searching by holder name finds the request', async (page, url) => {
    await login(page, url);
    const rows = await queueRows(page);
    const text = await rows.nth(2).innerText();
    const number = requestNumber.exec(text)![0];
    const name = text.split('\n').map((s) => s.trim()).find((s) => /^[\u4e00-\u9fa5]{2,4}$/.test(s));
    assert.ok(name, `a holder name in: ${text}`);
    const search = page.getByPlaceholder(/编号|搜索/).first();
    await search.fill(name!);
    await page.waitForFunction((n) => {
      const found = [...document.querySelectorAll('tbody tr')].map((r) => (r as HTMLElement).innerText);
      return found.length > 0 && found.every((t) => t.includes(n));
    }, name!, { timeout: TIMEOUT });
    assert.ok((await page.locator('tbody tr', { hasText: number }).count()) === 1, `${number} is among the results`);
    await shot(page, '04-search');
  }],

  ['opening a request shows the account, the approve checklist, documents and timeline', async (page, url) => {
    await login(page, url);
    const rows = await queueRows(page);
    const number = requestNumber.exec(await rows.first().innerText())![0];
    await rows.first().click();
    await page.getByText(number).first().waitFor({ timeout: TIMEOUT });
    for (const heading of ['批准前检查', '证明材料', '账户', '处理记录']) {
      await page.getByText(heading).first().waitFor({ timeout: TIMEOUT });
    }
    await page.getByText('提交了注销申请').first().waitFor({ timeout: TIMEOUT });
    await shot(page, '05-request-show');
  }],

  ['English is one click away', async (page, url) => {
    await login(page, url);
    await queueRows(page);
    await page.getByRole('button', { name: /简体中文|language|语言/i }).first().click();
    await page.getByRole('menuitem', { name: /English/ }).click();
    await page.getByText(/Pending review|Submitted/).first().waitFor({ timeout: TIMEOUT });
    await shot(page, '06-queue-english');
  }],

  ['accounts list and an account with its requests', async (page, url) => {
    await login(page, url);
    await queueRows(page);
    await page.getByRole('menuitem', { name: /账户/ }).first().click();
    const rows = await queueRows(page);
    await rows.first().click();
    await page.getByText(requestNumber).first().waitFor({ timeout: TIMEOUT });
    await shot(page, '07-account-show');
  }],
  ['a reviewer claims a request, asks the customer for more, the customer answers, the reviewer approves: the customer is told in Chinese', async (page, url) => {
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
    assert.match(await infoDialog.getByRole('textbox', { name: /给客户的留言/ }).inputValue(), /请在账户中上传以上材料/);
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
    await page.waitForFunction((b) => b && !(b as HTMLButtonElement).disabled, await approve.elementHandle(), { timeout: TIMEOUT });
    await approve.click();
    const approveDialog = page.getByRole('dialog');
    for (const line of ['这是最终决定：注销不可撤销。', '所有服务立即停止', '以简体中文通知客户']) {
      await approveDialog.getByText(line, { exact: false }).waitFor({ timeout: TIMEOUT });
    }
    await shot(page, '10-approve-dialog');
    await approveDialog.getByRole('button', { name: '确认批准并注销账户' }).click();
    await page.getByText(`${request.number} 已批准：账户已注销，已通知客户`).waitFor({ timeout: TIMEOUT });
    await statusChip(page, '已批准');
    await page.getByText('批准注销').first().waitFor({ timeout: TIMEOUT });
    await shot(page, '11-approved');

    // The outbox holds the approval email and SMS, in Chinese, reminding to back up data.
    const outbox = await api<{ event: string; channel: string; language: string; body: string }[]>(page, `/api/notifications?filter=${q({ requestId: request.id })}&range=${q([0, 99])}`);
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
  }],

  ['a request changed by someone else is never overwritten: the reviewer is told and refreshes', async (page, url) => {
    await login(page, url);
    await queueRows(page);
    const mine = (await api<RequestRow[]>(page, `/api/requests?filter=${q({ status: 'in_review', assigneeId: 'mine' })}&range=${q([0, 0])}`)).json[0]!;
    await page.goto(`${url}/#/requests/${mine.id}/show`);
    await page.getByRole('heading', { name: mine.number }).waitFor({ timeout: TIMEOUT });
    const edit = await api(page, `/api/requests/${mine.id}`, { method: 'PUT', body: { internalNote: '主管补充：客户来电' }, headers: { 'If-Match': `"${mine.version}"` } });
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
  }],

  ['a manager reassigns several requests at once and sees each result, then the outbox', async (page, url) => {
    await login(page, url, 'manager');
    const rows = await queueRows(page);
    await rows.nth(0).locator('input[type=checkbox]').check();
    await rows.nth(1).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: '改派' }).click();
    await page.getByRole('combobox', { name: /审核员/ }).click();
    await page.getByRole('option', { name: '李强' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认改派' }).click();
    const result = page.getByRole('dialog').filter({ hasText: '改派：' });
    await result.getByText('2 个成功').waitFor({ timeout: TIMEOUT });
    await shot(page, '14-bulk-reassign-result');
    await result.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('menuitem', { name: /通知/ }).click();
    await page.getByRole('columnheader', { name: '收件人' }).waitFor({ timeout: TIMEOUT });
    const first = page.locator('tbody tr').first();
    await first.getByText(/已发送|待发送|发送失败/).waitFor({ timeout: TIMEOUT });
    assert.match(await first.innerText(), /\d{3}\*{4}\d{4}|\*{3,}@/, 'recipients are masked');
    await shot(page, '15-outbox');
  }],

  ['a reviewer previews an image and a PDF, rejects a document, the customer uploads it again, the reviewer verifies and approves', async (page, url) => {
    await login(page, url);
    await queueRows(page);
    const { request, documents } = await aRequestWithImageAndPdf(page);
    const image = documents.find((d) => d.mimeType.startsWith('image/'))!;
    const pdf = documents.find((d) => d.mimeType === 'application/pdf')!;
    await openRequestFromQueue(page, request.number);
    const bar = page.getByRole('toolbar', { name: '审核操作' });
    await bar.getByRole('button', { name: '领取' }).click();
    await statusChip(page, '审核中');

    // Preview the image, zoom and rotate it from the keyboard, then move to the PDF with →.
    await page.locator('tbody tr', { hasText: typeName(image.type) }).first().click();
    let viewer = await viewerShows(page, image.type, 'image');
    await viewer.getByText('核对：账户持有人').waitFor();
    await page.keyboard.press('+');
    await page.keyboard.press('r');
    await viewer.getByText('125%').waitFor();
    await shot(page, '16-viewer-image-zoomed-rotated');
    await page.keyboard.press('0');
    await showInViewer(page, pdf.type);
    viewer = await viewerShows(page, pdf.type, 'pdf');
    await shot(page, '17-viewer-pdf');

    // Back to the image: reject it and ask the customer for it again.
    await showInViewer(page, image.type);
    viewer = await viewerShows(page, image.type, 'image');
    await viewer.getByRole('button', { name: '驳回', exact: true }).click();
    const rejectDialog = page.getByRole('dialog', { name: /驳回材料/ });
    await rejectDialog.getByRole('button', { name: '模糊或反光' }).click();
    assert.match(await rejectDialog.getByRole('textbox', { name: /驳回原因/ }).inputValue(), /模糊/);
    assert.ok(await rejectDialog.getByRole('radio', { name: /请客户重新上传/ }).isChecked(), 'asking the customer again is the default');
    await shot(page, '18-reject-document-dialog');
    await rejectDialog.getByRole('button', { name: '驳回并请客户重新上传' }).click();
    await page.getByText(`已驳回 ${typeName(image.type)}，并请客户重新上传`, { exact: false }).waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await statusChip(page, '待补充');
    const awaiting = await api<RequestRow & { requestedDocTypes: string[] }>(page, `/api/requests/${request.id}`);
    assert.equal(awaiting.json.status, 'awaiting_customer');
    assert.deepEqual(awaiting.json.requestedDocTypes, [image.type]);
    await shot(page, '19-document-rejected-awaiting-customer');

    // The customer uploads the document again through the intake API, then answers.
    const intake = { authorization: 'Bearer demo-intake-key-not-for-production' };
    const sample = sampleFilePath(image.type, 2);
    // Trailing bytes after the image keep it a valid image with a hash this request has never seen.
    const bytes = Buffer.concat([readFileSync(sample), randomBytes(16)]);
    const form = new FormData();
    form.append('type', image.type);
    form.append('file', new Blob([bytes]), sample.split('/').pop()!);
    const uploaded = await fetch(`${url}/api/intake/requests/${request.number}/documents`, { method: 'POST', headers: intake, body: form });
    assert.equal(uploaded.status, 201, await uploaded.text());
    const answer = await fetch(`${url}/api/intake/requests/${request.number}/answer`, {
      method: 'POST', headers: { ...intake, 'content-type': 'application/json' }, body: '{}',
    });
    assert.equal(answer.status, 200, await answer.text());

    await page.reload();
    await page.getByRole('heading', { name: request.number }).waitFor({ timeout: TIMEOUT });
    await statusChip(page, '审核中');
    const row = page.locator('tbody tr', { hasText: typeName(image.type) }).first();
    await row.getByText('待核验').waitFor({ timeout: TIMEOUT });
    assert.match(await row.innerText(), /\b2\b/, 'the row counts two uploads');

    // Verify every document the checklist still shows unverified, moving through them in the viewer.
    const latest = (await api<DocumentRow[]>(page, `/api/documents?filter=${q({ requestId: request.id })}&range=${q([0, 99])}`)).json
      .sort((a, b) => b.attempt - a.attempt);
    const unverified = [...new Set(documents.map((d) => d.type))].filter((type) => latest.find((d) => d.type === type)!.status !== 'verified');
    assert.ok(unverified.includes(image.type));
    await row.click();
    viewer = await viewerShows(page, image.type, 'image');
    await viewer.getByText('此类材料的上传记录').waitFor();
    for (const type of unverified) {
      await showInViewer(page, type);
      await page.getByRole('dialog', { name: new RegExp(typeName(type)) }).getByRole('button', { name: '核验通过' }).click();
      await page.getByText(`已核验：${typeName(type)}`).first().waitFor({ timeout: TIMEOUT });
    }
    // Each now says verified; the page refreshed under the open viewer, and a PDF is still drawn.
    for (const type of unverified) {
      await showInViewer(page, type);
      viewer = page.getByRole('dialog', { name: new RegExp(typeName(type)) });
      await viewer.getByRole('button', { name: '核验通过' }).and(page.locator(':disabled')).waitFor({ timeout: TIMEOUT });
      if (type === pdf.type) await pdfPainted(page);
    }
    await shot(page, '20-document-verified');
    await page.keyboard.press('Escape');

    const approve = bar.getByRole('button', { name: '批准注销' });
    await page.waitForFunction((b) => b && !(b as HTMLButtonElement).disabled, await approve.elementHandle(), { timeout: TIMEOUT });
    await approve.click();
    await page.getByRole('dialog').getByRole('button', { name: '确认批准并注销账户' }).click();
    await page.getByText(`${request.number} 已批准：账户已注销，已通知客户`).waitFor({ timeout: TIMEOUT });
    await statusChip(page, '已批准');

    // The audit trail holds both decisions on the image and the re-upload.
    const events = (await api<{ action: string }[]>(page, `/api/audit-events?filter=${q({ requestId: request.id })}&range=${q([0, 199])}`)).json.map((e) => e.action);
    for (const action of ['document.rejected', 'document.verified']) assert.ok(events.includes(action), `${action} in ${events.join(', ')}`);
  }],

  ['a reviewer uploads a document that came by mail: a renamed program is refused with the server\'s reason, a PDF uploads with progress', async (page, url) => {
    await login(page, url);
    await queueRows(page);
    const mine = (await api<RequestRow[]>(page, `/api/requests?filter=${q({ status: 'in_review', assigneeId: 'mine' })}&range=${q([0, 0])}`)).json[0]!;
    await page.goto(`${url}/#/requests/${mine.id}/show`);
    await page.getByRole('heading', { name: mine.number }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: '上传材料' }).click();
    const dialog = page.getByRole('dialog', { name: /上传材料/ });
    await dialog.getByRole('combobox', { name: /材料类型/ }).click();
    await page.getByRole('option', { name: '购卡凭证' }).click();

    // A Windows program named like a photo: the picker lets it through, the server reads its bytes and refuses it.
    const program = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(2048)]);
    await dialog.locator('input[type=file]').setInputFiles({ name: '购物小票.png', mimeType: 'image/png', buffer: program });
    await dialog.getByRole('button', { name: '上传', exact: true }).click();
    const refused = dialog.getByRole('alert');
    await refused.getByText('只接受 PNG、JPEG、WebP 或 PDF 文件').waitFor({ timeout: TIMEOUT });
    await refused.getByText(/decided by the file's contents/).waitFor();
    await shot(page, '21-upload-refused-415');

    // A 3 MB PDF over a throttled link, so the progress bar is seen moving.
    const pdf = Buffer.concat([readFileSync(sampleFilePath('authorization_letter', 1)), randomBytes(3 * 1024 * 1024)]);
    await dialog.locator('input[type=file]').setInputFiles({ name: '小票扫描件.pdf', mimeType: 'application/pdf', buffer: pdf });
    assert.equal(await refused.count(), 0, 'choosing another file clears the refusal');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
    await dialog.getByRole('button', { name: '上传', exact: true }).click();
    const progress = dialog.getByRole('progressbar', { name: '上传进度' });
    await page.waitForFunction(() => {
      const bar = document.querySelector('[role=progressbar][aria-label="上传进度"]');
      const value = Number(bar?.getAttribute('aria-valuenow'));
      return value > 0 && value < 100;
    }, null, { timeout: TIMEOUT, polling: 50 });
    assert.match(await dialog.getByRole('status').innerText(), /已上传 [\d.]+ (KB|MB) \/ 3(\.\d)? MB（\d+%）/);
    await shot(page, '22-upload-progress');
    await progress.waitFor({ state: 'detached', timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.getByText(/已上传 购卡凭证（第 \d+ 次）/).waitFor({ timeout: TIMEOUT });
    const row = page.locator('tbody tr', { hasText: '购卡凭证' });
    await row.getByText('小票扫描件.pdf').waitFor({ timeout: TIMEOUT });
    await row.getByText('待核验').waitFor();
    await shot(page, '23-uploaded');
  }],
];
