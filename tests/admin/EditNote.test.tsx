import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import { aRequest } from '../support/fixtures.ts';
import { openRequest, startApp } from './appHarness.tsx';

const LONG = { timeout: 20_000 };

const noteOf = async (db: Database['db'], id: number) =>
  (await db.selectFrom('cancellationRequests').select('internalNote').where('id', '=', id).executeTakeFirstOrThrow())
    .internalNote;

/** The internal note's editor on the request page, against the real API, as the reviewer 王芳. */
describe('EditNoteButton (reviewer)', () => {
  let api: MockApi;
  let database: Database;

  beforeAll(async () => {
    ({ api, database } = await startApp('reviewer'));
  });
  afterAll(() => api.close());

  it('the assignee writes a note: saved, shown on the page, in the database', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
    await openRequest(r.id, r.number);
    await userEvent.click(await screen.findByRole('button', { name: '编辑备注' }, LONG));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    expect(within(dialog).getByText('仅审核员和主管可见，不会发给客户。')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: '内部备注' }), '客户来电：月底前办理');
    expect(within(dialog).getByText('10 / 4000 字')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '保存备注' }));
    expect(await screen.findByText(`${r.number} 的内部备注已保存`, {}, LONG)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), LONG);
    expect(screen.getByText('客户来电：月底前办理')).toBeInTheDocument();
    expect(await noteOf(database.db, r.id)).toBe('客户来电：月底前办理');
  }, 90_000);

  it('someone saved meanwhile: nothing is overwritten, their note is shown, the typed text stays', async () => {
    const r = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer' });
    await openRequest(r.id, r.number);
    await userEvent.click(await screen.findByRole('button', { name: '编辑备注' }, LONG));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    const box = within(dialog).getByRole('textbox', { name: '内部备注' });
    await userEvent.type(box, '我的备注');
    // A manager saves another note behind the editor's back.
    await database.db
      .updateTable('cancellationRequests')
      .set((eb) => ({ internalNote: '主管的备注', version: eb('version', '+', 1) }))
      .where('id', '=', r.id)
      .execute();
    await userEvent.click(within(dialog).getByRole('button', { name: '保存备注' }));
    expect(await within(dialog).findByText(/已被他人修改为下方内容/, {}, LONG)).toBeInTheDocument();
    expect(within(dialog).getByText('主管的备注')).toBeInTheDocument();
    expect(box).toHaveValue('我的备注');
    expect(await noteOf(database.db, r.id)).toBe('主管的备注');

    // Saving again, having seen it, replaces it.
    await userEvent.clear(box);
    await userEvent.type(box, '合并后的备注');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存备注' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), LONG);
    expect(await noteOf(database.db, r.id)).toBe('合并后的备注');
  }, 90_000);

  it("a colleague's request: the button says whose the note is; a decided request has none", async () => {
    const theirs = await aRequest(database.db, { status: 'in_review', assignee: 'reviewer2' });
    const view = await openRequest(theirs.id, theirs.number);
    const button = await screen.findByRole('button', { name: '编辑备注' }, LONG);
    expect(button).toBeDisabled();
    await userEvent.hover(button.parentElement!);
    expect((await screen.findByRole('tooltip', {}, LONG)).textContent).toContain(
      '只有处理人（李强）或主管可以「编辑备注」。',
    );
    await userEvent.unhover(button.parentElement!);
    view.unmount();

    const decided = await aRequest(database.db, { status: 'approved', assignee: 'reviewer' });
    await openRequest(decided.id, decided.number);
    await screen.findByText('申请信息', {}, LONG);
    expect(screen.queryByRole('button', { name: '编辑备注' })).toBeNull();
  }, 90_000);
});
