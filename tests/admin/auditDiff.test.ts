import { describe, expect, it } from 'vitest';
import { diffStates } from '../../src/admin/auditEvents/auditDiff.ts';
import { flattenAuditEvents } from '../../src/admin/auditEvents/auditExport.ts';
import type { AuditEvent } from '../../src/admin/types.ts';

const anEvent = (before: AuditEvent['before'], after: AuditEvent['after']): AuditEvent => ({
  id: 1,
  occurredAt: '2026-11-29T01:00:00.000Z',
  actorType: 'staff',
  actorId: 3,
  actorName: '王芳',
  action: 'request.info_requested',
  entityType: 'request',
  entityId: 12,
  requestId: 12,
  accountId: 7,
  before,
  after,
});

describe('the audit diff', () => {
  it('lists only the keys that changed, old → new, with added and removed marked', () => {
    expect(
      diffStates(
        { status: 'in_review', version: 2, note: 'x', tags: ['a'] },
        { status: 'awaiting_customer', version: 2, tags: ['a', 'b'], message: 'hi' },
      ),
    ).toEqual([
      { key: 'status', kind: 'changed', before: 'in_review', after: 'awaiting_customer' },
      { key: 'note', kind: 'removed', before: 'x' },
      { key: 'tags', kind: 'changed', before: ['a'], after: ['a', 'b'] },
      { key: 'message', kind: 'added', after: 'hi' },
    ]);
  });

  it('an event with no before (a creation) is all additions; none at all is no line', () => {
    expect(diffStates(null, { amountFen: 5735 })).toEqual([{ key: 'amountFen', kind: 'added', after: 5735 }]);
    expect(diffStates(null, null)).toEqual([]);
  });
});

describe('the CSV export', () => {
  it('flattens before/after into one column per key any exported event holds', () => {
    const rows = flattenAuditEvents([
      anEvent({ status: 'in_review' }, { status: 'approved', documentTypes: ['id_card_front'] }),
      anEvent(null, { amountFen: 100 }),
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'occurredAt',
      'actorType',
      'actorId',
      'actorName',
      'action',
      'entityType',
      'entityId',
      'requestId',
      'accountId',
      'before.status',
      'after.amountFen',
      'after.documentTypes',
      'after.status',
    ]);
    expect(rows[0]).toMatchObject({
      'before.status': 'in_review',
      'after.status': 'approved',
      'after.documentTypes': '["id_card_front"]',
      'after.amountFen': '',
    });
    expect(rows[1]).toMatchObject({ 'before.status': '', 'after.amountFen': '100' });
  });
});
