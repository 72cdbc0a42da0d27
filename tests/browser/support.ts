import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { zhCN } from '../../src/admin/i18n/zh-CN.ts';
import type { DocumentType } from '../../src/domain/vocabulary.ts';

// What the browser scenarios share: logging in, the API from inside the page,
// finding a request that fits, and waiting for the viewer.

export type Scenario = [name: string, run: (page: Page, url: string) => Promise<void>];

// Generous: CI machines are shared and a cold first page load can be slow.
export const TIMEOUT = 30_000;

export async function login(page: Page, url: string, username = 'reviewer', password = 'demo1234') {
  await page.goto(url);
  await page.locator('input[name=username]').fill(username, { timeout: TIMEOUT });
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
}

/** The list's rows (react-admin's table), not another table's left on screen, e.g. the dashboard's. */
export async function queueRows(page: Page) {
  const rows = page.locator('.RaDataTable-root tbody tr');
  await rows.first().waitFor({ timeout: TIMEOUT });
  return rows;
}

export const requestNumber = /ZX\d{6}-\d{5}/;

/** The API from inside the page, with the signed-in user's session cookie. */
export async function api<T = unknown>(
  page: Page,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  // The function runs in the page: it gets its arguments as one serialised object.
  return page
    .evaluate(
      async (call) => {
        const response = await fetch(call.path, {
          method: call.init.method ?? 'GET',
          headers: { 'content-type': 'application/json', ...call.init.headers },
          body: call.init.body === undefined ? undefined : JSON.stringify(call.init.body),
        });
        return { status: response.status, json: (await response.json().catch(() => null)) as unknown };
      },
      { path, init },
    )
    .then((r) => r as { status: number; json: T });
}

export const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

export interface RequestRow {
  id: number;
  number: string;
  accountId: number;
  version: number;
  status: string;
  identityVerified: boolean;
  documentsVerified: number;
  documentsRequired: number;
}

/**
 * A request the reviewer can take from the queue and approve: unclaimed,
 * holder identity verified, every required document verified, no open order,
 * a Chinese-speaking customer with an email address. Demo data verifies
 * documents only after a claim, so when no unclaimed one qualifies the
 * reviewer releases one of theirs that does (back to the queue, unclaimed).
 */
export async function anApprovableUnclaimedRequest(page: Page): Promise<RequestRow> {
  const passesGates = async (r: RequestRow) => {
    if (!r.identityVerified || r.documentsRequired === 0 || r.documentsVerified !== r.documentsRequired) return false;
    const open = await api<unknown[]>(page, `/api/orders?filter=${q({ accountId: r.accountId, status: 'open' })}`);
    const account = await api<{ language: string; email: string | null }>(page, `/api/accounts/${r.accountId}`);
    return open.json.length === 0 && account.json.language === 'zh-CN' && !!account.json.email;
  };
  const list = async (filter: object) =>
    (await api<RequestRow[]>(page, `/api/requests?filter=${q(filter)}&range=${q([0, 199])}`)).json;
  for (const r of await list({ status: 'submitted' })) if (await passesGates(r)) return r;
  for (const r of await list({ status: 'in_review', assigneeId: 'mine' })) {
    if (!(await passesGates(r))) continue;
    const released = await api<RequestRow>(page, `/api/requests/${r.id}/release`, {
      method: 'POST',
      body: {},
      headers: { 'If-Match': `"${r.version}"` },
    });
    assert.equal(released.status, 200, JSON.stringify(released.json));
    return released.json;
  }
  throw new Error('no request passes the approval gates in the demo data');
}

export interface DocumentRow {
  id: number;
  type: DocumentType;
  status: string;
  mimeType: string;
  attempt: number;
  rejectionFinal: boolean;
}

export const typeName = (type: DocumentType) => zhCN.resources.documents.enums.type[type];

/**
 * An unclaimed request whose documents include an image and a PDF (a business
 * account, or one filed by an agent), every required one uploaded, and which
 * nothing but its documents keeps from approval: holder identity verified, no
 * open order. Falls back to releasing one of the reviewer's own.
 */
export async function aRequestWithImageAndPdf(page: Page): Promise<{ request: RequestRow; documents: DocumentRow[] }> {
  const fits = async (r: RequestRow) => {
    if (!r.identityVerified || r.documentsRequired === 0) return null;
    const docs = (await api<DocumentRow[]>(page, `/api/documents?filter=${q({ requestId: r.id })}&range=${q([0, 99])}`))
      .json;
    if (!docs.some((d) => d.mimeType === 'application/pdf') || !docs.some((d) => d.mimeType.startsWith('image/')))
      return null;
    if (docs.some((d) => d.status === 'rejected')) return null;
    const open = await api<unknown[]>(page, `/api/orders?filter=${q({ accountId: r.accountId, status: 'open' })}`);
    const account = await api<{ email: string | null }>(page, `/api/accounts/${r.accountId}`);
    return open.json.length === 0 && account.json.email ? docs : null;
  };
  const list = async (filter: object) =>
    (await api<RequestRow[]>(page, `/api/requests?filter=${q(filter)}&range=${q([0, 199])}`)).json;
  for (const r of await list({ status: 'submitted' })) {
    const documents = await fits(r);
    if (documents) return { request: r, documents };
  }
  for (const r of await list({ status: 'in_review', assigneeId: 'mine' })) {
    const documents = await fits(r);
    if (!documents) continue;
    const released = await api<RequestRow>(page, `/api/requests/${r.id}/release`, {
      method: 'POST',
      body: {},
      headers: { 'If-Match': `"${r.version}"` },
    });
    assert.equal(released.status, 200, JSON.stringify(released.json));
    return { request: released.json, documents };
  }
  throw new Error('no request with an image and a PDF document in the demo data');
}

/** The PDF's first page is on its canvas: some pixel is not blank (a cancelled render leaves it white). */
export async function pdfPainted(page: Page) {
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-pdf-page="1"]');
      const context = canvas?.getContext('2d');
      if (!canvas || !context || canvas.width === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4 * 97) if (data[i]! < 200 && data[i + 3]! > 0) return true;
      return false;
    },
    null,
    { timeout: TIMEOUT, polling: 250 },
  );
}

/** The document viewer (a dialog titled by the document type), once its file is on screen. */
export async function viewerShows(page: Page, type: DocumentType, kind: 'image' | 'pdf') {
  const viewer = page.getByRole('dialog', { name: new RegExp(typeName(type)) });
  await viewer.waitFor({ timeout: TIMEOUT });
  if (kind === 'pdf') {
    await pdfPainted(page);
  } else {
    await page.waitForFunction(
      () => {
        const img = document.querySelector<HTMLImageElement>('[data-testid=document-preview] img');
        return !!img && img.complete && img.naturalWidth > 0;
      },
      null,
      { timeout: TIMEOUT },
    );
  }
  return viewer;
}

/** Moves the open viewer with the arrow keys until it shows a document of `type`. */
export async function showInViewer(page: Page, type: DocumentType) {
  const showing = () => page.getByRole('dialog', { name: new RegExp(typeName(type)) }).count();
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    for (let i = 0; i < 4 && !(await showing()); i++) {
      await page.keyboard.press(key);
      await page.waitForTimeout(100);
    }
  }
  await page.getByRole('dialog', { name: new RegExp(typeName(type)) }).waitFor({ timeout: TIMEOUT });
}

export async function openRequestFromQueue(page: Page, number: string) {
  await queueRows(page);
  await page.getByRole('tab', { name: /全部/ }).click();
  await page
    .getByPlaceholder(/编号|搜索/)
    .first()
    .fill(number);
  const row = page.locator('tbody tr', { hasText: number });
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
  await page.getByRole('heading', { name: number }).waitFor({ timeout: TIMEOUT });
}

export const statusChip = (page: Page, label: string) =>
  page.locator('h1 + *', { hasText: label }).first().waitFor({ timeout: TIMEOUT });
