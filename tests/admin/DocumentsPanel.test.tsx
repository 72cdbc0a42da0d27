import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import { sampleFilePath } from '../../src/server/seed/sampleFiles.ts';
import { localFileStore } from '../../src/server/storage/localFileStore.ts';
import { aRequest, auditFor } from '../support/fixtures.ts';
import { openRequest, startApp } from './appHarness.tsx';
import { useNodeMultipart } from './nodeMultipart.ts';

const LONG = { timeout: 20_000 };

/** The documents of a request as the database holds them, oldest first. */
const documentsOf = (database: Database, requestId: number) =>
  database.db.selectFrom('documents').selectAll().where('requestId', '=', requestId).orderBy('id').execute();

/** The viewer: a dialog titled by the document type it shows. */
const viewer = (type: string) => screen.findByRole('dialog', { name: new RegExp(type) }, LONG);

/** The previewed image (jsdom loads no images, so it is queried as an element, not by role). */
const previewImage = (dialog: HTMLElement) =>
  dialog.querySelector<HTMLImageElement>('[data-testid=document-preview] img')!;

async function openDocument(id: number, number: string, type: string) {
  await openRequest(id, number);
  const panel = (await screen.findByRole('heading', { name: '证明材料' }, LONG)).closest(
    '.MuiCard-root',
  ) as HTMLElement;
  await userEvent.click(await within(panel).findByText(type, {}, LONG));
  return viewer(type);
}

/** The documents checklist, its viewer and review buttons, and staff upload, against the real API as 王芳. */
describe('DocumentsPanel (reviewer)', () => {
  let api: MockApi;
  let database: Database;
  const filesDir = mkdtempSync(join(tmpdir(), 'cancel-desk-ui-files-'));

  beforeAll(async () => {
    ({ api, database } = await startApp('reviewer', { files: localFileStore(filesDir) }));
  });
  afterAll(async () => {
    await api.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it("a row opens the file beside the holder's data; ← → move between documents, + zooms, r rotates", async () => {
    const r = await aRequest(database.db, {
      status: 'in_review',
      assignee: 'reviewer',
      documents: 'submitted',
      filedBy: 'agent',
    });
    const docs = await documentsOf(database, r.id);
    let dialog = await openDocument(r.id, r.number, '身份证人像面');
    expect(within(dialog).getByText('测试用户')).toBeInTheDocument();
    // The agent who filed it (the fixture names them 代办人, as the label does).
    expect(within(dialog).getAllByText('代办人')).toHaveLength(2);
    const image = previewImage(dialog);
    expect(image.alt).toBe('身份证人像面');
    expect(image.getAttribute('src')).toMatch(new RegExp(`/api/documents/${docs[0]!.id}/file$`));
    expect(within(dialog).getByText('1 / 3')).toBeInTheDocument();

    fireEvent.keyDown(dialog, { key: '+' });
    expect(within(dialog).getByText('125%')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'r' });
    expect(getComputedStyle(previewImage(dialog)).transform).toContain('rotate(90deg)');

    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    dialog = await viewer('身份证国徽面');
    expect(within(dialog).getByText('2 / 3')).toBeInTheDocument();
    // A new document starts fitted and upright.
    expect(within(dialog).getByText('100%')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    dialog = await viewer('授权委托书');
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    expect(within(dialog).getByText('3 / 3')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'ArrowLeft' });
    await viewer('身份证国徽面');
  }, 90_000);

  it('verify: the server records it, the viewer moves on to the next document waiting, and says so when back', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer', documents: 'submitted' });
    const dialog = await openDocument(r.id, r.number, '身份证人像面');
    await userEvent.click(within(dialog).getByRole('button', { name: '核验通过' }));
    expect(await screen.findByText('已核验：身份证人像面', {}, LONG)).toBeInTheDocument();
    const [front] = await documentsOf(database, r.id);
    expect(front!.status).toBe('verified');
    expect(await auditFor(database.db, r.id, 'document.verified')).toHaveLength(1);
    // On to the next document waiting to be checked.
    await viewer('身份证国徽面');
    expect(within(dialog).getByRole('button', { name: '核验通过' })).toBeEnabled();
    // Back on the verified one: verifying again is disabled, rejecting (a correction) is not.
    fireEvent.keyDown(dialog, { key: 'ArrowLeft' });
    await viewer('身份证人像面');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '核验通过' })).toBeDisabled(), LONG);
    expect(within(dialog).getByRole('button', { name: '驳回' })).toBeEnabled();
  }, 90_000);

  it('reject (X) needs a reason, only marks the document and moves on; the request stays in review', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer', documents: 'submitted' });
    const dialog = await openDocument(r.id, r.number, '身份证国徽面');
    fireEvent.keyDown(dialog, { key: 'x' });
    const reject = await screen.findByRole('dialog', { name: /驳回材料：身份证国徽面/ }, LONG);
    expect(within(reject).getByRole('radio', { name: /客户可重新上传/ })).toBeChecked();
    expect(within(reject).queryByRole('radio', { name: /请客户重新上传/ })).toBeNull();
    await userEvent.click(within(reject).getByRole('button', { name: '确认驳回' }));
    expect(within(reject).getByText('请写明材料的问题（最多 500 字）。')).toBeInTheDocument();
    expect((await documentsOf(database, r.id))[1]!.status).toBe('submitted');

    await userEvent.click(within(reject).getByRole('button', { name: '证件过期' }));
    expect(within(reject).getByRole('textbox', { name: /驳回原因/ })).toHaveValue(
      '证件已超过有效期，请提供有效期内的证件。',
    );
    await userEvent.click(within(reject).getByRole('button', { name: '确认驳回' }));
    expect(await screen.findByText(/已驳回：身份证国徽面/, {}, LONG)).toBeInTheDocument();

    const back = (await documentsOf(database, r.id))[1]!;
    expect(back.status).toBe('rejected');
    expect(back.rejectionReason).toBe('证件已超过有效期，请提供有效期内的证件。');
    const request = await database.db
      .selectFrom('cancellationRequests')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(request.status).toBe('in_review');
    // On to the next document still waiting, as after a verify.
    await viewer('身份证人像面');
  }, 90_000);

  it('V verifies; once both ID sides are verified the holder identity action beside the holder is enabled', async () => {
    const r = await aRequest(database.db, {
      status: 'in_review',
      assignee: 'reviewer',
      documents: 'submitted',
      identityVerified: false,
    });
    let dialog = await openDocument(r.id, r.number, '身份证人像面');
    const identity = () => within(dialog).getByRole('button', { name: '核验持有人身份' });
    expect(identity()).toBeDisabled();
    fireEvent.keyDown(dialog, { key: 'v' });
    dialog = await viewer('身份证国徽面');
    fireEvent.keyDown(dialog, { key: 'v' });
    await waitFor(async () => expect((await documentsOf(database, r.id))[1]!.status).toBe('verified'), LONG);
    await waitFor(() => expect(identity()).toBeEnabled(), LONG);
    await userEvent.click(identity());
    expect(await screen.findByText(/持有人身份已核验/, {}, LONG)).toBeInTheDocument();
    const account = await database.db
      .selectFrom('accounts')
      .select('identityVerified')
      .where('id', '=', r.accountId)
      .executeTakeFirstOrThrow();
    expect(account.identityVerified).toBe(true);
  }, 90_000);

  it("a colleague's request: the buttons are disabled and say who checks its documents", async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer2', documents: 'submitted' });
    const dialog = await openDocument(r.id, r.number, '身份证人像面');
    const verify = within(dialog).getByRole('button', { name: '核验通过' });
    expect(verify).toBeDisabled();
    await userEvent.hover(verify.parentElement!);
    expect((await screen.findByRole('tooltip', {}, LONG)).textContent).toBe('只有处理人（李强）可以核验材料。');
  }, 90_000);

  it("upload goes through the data provider as multipart: a renamed program gets the server's refusal, a real image is stored", async () => {
    const restore = await useNodeMultipart();
    onTestFinished(restore);
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer', documents: 'none' });
    await openRequest(r.id, r.number);
    await userEvent.click(await screen.findByRole('button', { name: '上传材料' }, LONG));
    const dialog = await screen.findByRole('dialog', { name: /上传材料/ }, LONG);
    // The first required type still missing is preselected.
    expect(within(dialog).getByRole('combobox', { name: /材料类型/ }).textContent).toContain('身份证人像面');
    const input = dialog.querySelector('input[type=file]') as HTMLInputElement;

    await userEvent.upload(
      input,
      new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0])], 'photo.png', { type: 'image/png' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '上传' }));
    const refusal = await within(dialog).findByRole('alert', {}, LONG);
    expect(refusal.textContent).toContain('只接受 PNG、JPEG、WebP 或 PDF 文件');
    expect(refusal.textContent).toContain("decided by the file's contents");
    expect(await documentsOf(database, r.id)).toHaveLength(0);

    const png = readFileSync(sampleFilePath('business_license', 1));
    await userEvent.upload(input, new File([png], '身份证正面.png', { type: 'image/png' }));
    await userEvent.click(within(dialog).getByRole('button', { name: '上传' }));
    expect(await screen.findByText('已上传 身份证人像面（第 1 次）', {}, LONG)).toBeInTheDocument();
    const [stored] = await documentsOf(database, r.id);
    expect(stored).toMatchObject({
      type: 'id_card_front',
      status: 'submitted',
      mimeType: 'image/png',
      sizeBytes: png.length,
      uploadedByType: 'staff',
    });

    // A type still missing has its own upload button, which opens the dialog on that type.
    await userEvent.click(await screen.findByRole('button', { name: '上传身份证国徽面' }, LONG));
    const again = await screen.findByRole('dialog', { name: /上传材料/ }, LONG);
    expect(within(again).getByRole('combobox', { name: /材料类型/ }).textContent).toContain('身份证国徽面');
  }, 90_000);
});
