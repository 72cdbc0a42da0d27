import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sampleFilePath } from '../../src/server/seed/sampleFiles.ts';
import { shot } from './harness.ts';
import {
  TIMEOUT,
  login,
  queueRows,
  api,
  q,
  typeName,
  aRequestWithImageAndPdf,
  pdfPainted,
  viewerShows,
  showInViewer,
  openRequestFromQueue,
  statusChip,
  type RequestRow,
  type DocumentRow,
  type Scenario,
} from './support.ts';

// Checking documents: the viewer, rejection, the customer's re-upload, staff upload.
export const documentsScenarios: Scenario[] = [
  [
    'a reviewer previews an image and a PDF, rejects a document, the customer uploads it again, the reviewer verifies and approves',
    async (page, url) => {
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
      await page
        .locator('tbody tr', { hasText: typeName(image.type) })
        .first()
        .click();
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

      // Back to the image: reject it (only marks it), then ask the customer for it in one step.
      await showInViewer(page, image.type);
      viewer = await viewerShows(page, image.type, 'image');
      await viewer.getByRole('button', { name: '驳回', exact: true }).click();
      const rejectDialog = page.getByRole('dialog', { name: /驳回材料/ });
      await rejectDialog.getByRole('button', { name: '模糊或反光' }).click();
      assert.match(await rejectDialog.getByRole('textbox', { name: /驳回原因/ }).inputValue(), /模糊/);
      assert.ok(
        await rejectDialog.getByRole('radio', { name: /客户可重新上传/ }).isChecked(),
        'a rejection the customer can fix is the default',
      );
      await shot(page, '18-reject-document-dialog');
      await rejectDialog.getByRole('button', { name: '确认驳回' }).click();
      await page.getByText(`已驳回：${typeName(image.type)}`, { exact: false }).waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Escape');
      await statusChip(page, '审核中');
      await bar.getByRole('button', { name: '请求补充材料' }).click();
      const infoDialog = page.getByRole('dialog', { name: /请客户补充/ });
      assert.ok(await infoDialog.getByRole('checkbox', { name: new RegExp(typeName(image.type)) }).isChecked());
      await infoDialog.getByRole('button', { name: '发送给客户' }).click();
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
      const uploaded = await fetch(`${url}/api/intake/requests/${request.number}/documents`, {
        method: 'POST',
        headers: intake,
        body: form,
      });
      assert.equal(uploaded.status, 201, await uploaded.text());
      const answer = await fetch(`${url}/api/intake/requests/${request.number}/answer`, {
        method: 'POST',
        headers: { ...intake, 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(answer.status, 200, await answer.text());

      await page.reload();
      await page.getByRole('heading', { name: request.number }).waitFor({ timeout: TIMEOUT });
      await statusChip(page, '审核中');
      const row = page.locator('tbody tr', { hasText: typeName(image.type) }).first();
      await row.getByText('待核验').waitFor({ timeout: TIMEOUT });
      assert.match(await row.innerText(), /\b2\b/, 'the row counts two uploads');

      // Verify every document the checklist still shows unverified, moving through them in the viewer.
      const latest = (
        await api<DocumentRow[]>(page, `/api/documents?filter=${q({ requestId: request.id })}&range=${q([0, 99])}`)
      ).json.sort((a, b) => b.attempt - a.attempt);
      const unverified = [...new Set(documents.map((d) => d.type))].filter(
        (type) => latest.find((d) => d.type === type)!.status !== 'verified',
      );
      assert.ok(unverified.includes(image.type));
      await row.click();
      viewer = await viewerShows(page, image.type, 'image');
      await viewer.getByText('此类材料的上传记录').waitFor();
      for (const type of unverified) {
        await showInViewer(page, type);
        await page
          .getByRole('dialog', { name: new RegExp(typeName(type)) })
          .getByRole('button', { name: '核验通过' })
          .click();
        await page
          .getByText(`已核验：${typeName(type)}`)
          .first()
          .waitFor({ timeout: TIMEOUT });
      }
      // Each now says verified; the page refreshed under the open viewer, and a PDF is still drawn.
      for (const type of unverified) {
        await showInViewer(page, type);
        viewer = page.getByRole('dialog', { name: new RegExp(typeName(type)) });
        await viewer
          .getByRole('button', { name: '核验通过' })
          .and(page.locator(':disabled'))
          .waitFor({ timeout: TIMEOUT });
        if (type === pdf.type) await pdfPainted(page);
      }
      await shot(page, '20-document-verified');
      await page.keyboard.press('Escape');

      const approve = bar.getByRole('button', { name: '批准注销' });
      await page.waitForFunction((b) => b && !(b as HTMLButtonElement).disabled, await approve.elementHandle(), {
        timeout: TIMEOUT,
      });
      await approve.click();
      await page.getByRole('dialog').getByRole('button', { name: '确认批准并注销账户' }).click();
      await page
        .getByText(`${request.number} 已批准：账户已注销；给客户的邮件和短信已排队，尚未发出`)
        .waitFor({ timeout: TIMEOUT });
      await statusChip(page, '已批准');

      // The audit trail holds both decisions on the image and the re-upload.
      const events = (
        await api<{ action: string }[]>(
          page,
          `/api/audit-events?filter=${q({ requestId: request.id })}&range=${q([0, 199])}`,
        )
      ).json.map((e) => e.action);
      for (const action of ['document.rejected', 'document.verified'])
        assert.ok(events.includes(action), `${action} in ${events.join(', ')}`);
    },
  ],

  [
    "a reviewer uploads a document that came by mail: a renamed program is refused with the server's reason, a PDF uploads with progress",
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
      await page.getByRole('button', { name: '上传材料' }).click();
      const dialog = page.getByRole('dialog', { name: /上传材料/ });
      await dialog.getByRole('combobox', { name: /材料类型/ }).click();
      await page.getByRole('option', { name: '购卡凭证' }).click();

      // A Windows program named like a photo: the picker lets it through, the server reads its bytes and refuses it.
      const program = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(2048)]);
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: '购物小票.png', mimeType: 'image/png', buffer: program });
      await dialog.getByRole('button', { name: '上传', exact: true }).click();
      const refused = dialog.getByRole('alert');
      await refused.getByText('只接受 PNG、JPEG、WebP 或 PDF 文件').waitFor({ timeout: TIMEOUT });
      await refused.getByText(/decided by the file's contents/).waitFor();
      await shot(page, '21-upload-refused-415');

      // A 3 MB PDF over a throttled link, so the progress bar is seen moving.
      const pdf = Buffer.concat([
        readFileSync(sampleFilePath('authorization_letter', 1)),
        randomBytes(3 * 1024 * 1024),
      ]);
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: '小票扫描件.pdf', mimeType: 'application/pdf', buffer: pdf });
      assert.equal(await refused.count(), 0, 'choosing another file clears the refusal');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 20,
        downloadThroughput: -1,
        uploadThroughput: 1024 * 1024,
      });
      await dialog.getByRole('button', { name: '上传', exact: true }).click();
      const progress = dialog.getByRole('progressbar', { name: '上传进度' });
      await page.waitForFunction(
        () => {
          const bar = document.querySelector('[role=progressbar][aria-label="上传进度"]');
          const value = Number(bar?.getAttribute('aria-valuenow'));
          return value > 0 && value < 100;
        },
        null,
        { timeout: TIMEOUT, polling: 50 },
      );
      assert.match(await dialog.getByRole('status').innerText(), /已上传 [\d.]+ (KB|MB) \/ 3(\.\d)? MB（\d+%）/);
      await shot(page, '22-upload-progress');
      await progress.waitFor({ state: 'detached', timeout: 60_000 });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await page.getByText(/已上传 购卡凭证（第 \d+ 次）/).waitFor({ timeout: TIMEOUT });
      const row = page.locator('tbody tr', { hasText: '购卡凭证' });
      await row.getByText('小票扫描件.pdf').waitFor({ timeout: TIMEOUT });
      await row.getByText('待核验').waitFor();
      await shot(page, '23-uploaded');
    },
  ],
];
