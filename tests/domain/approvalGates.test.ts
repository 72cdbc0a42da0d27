import { describe, it, expect } from 'vitest';
import { approvalChecklist, type ApprovalFacts, type Gate, type GateKey } from '../../src/domain/approvalGates.ts';
import type { DocumentLike } from '../../src/domain/requiredDocuments.ts';

let nextId = 1;
function aDocument(type: DocumentLike['type'], status: DocumentLike['status'] = 'verified'): DocumentLike {
  return { id: nextId++, type, status, attempt: 1 };
}

function anOrder(orderNumber: string, status: 'open' | 'completed' | 'cancelled') {
  return { id: nextId++, orderNumber, name: '12个月流量套餐', status };
}

/** A personal request filed by the holder that is ready to approve. */
function readyFacts(overrides: Partial<ApprovalFacts> = {}): ApprovalFacts {
  return {
    account: { identityVerified: true, balanceFen: 0 },
    request: { accountType: 'personal', filedBy: 'holder' },
    documents: [aDocument('id_card_front'), aDocument('id_card_back')],
    orders: [anOrder('ORD-1', 'completed')],
    ...overrides,
  };
}

function gate(result: { gates: Gate[] }, key: GateKey): Gate {
  const g = result.gates.find((x) => x.key === key);
  if (!g) throw new Error(`no gate ${key}`);
  return g;
}

describe('approval checklist', () => {
  it('a verified holder with verified documents and no open order may be approved', () => {
    const result = approvalChecklist(readyFacts());
    expect(result.canApprove).toBe(true);
    expect(result.gates.map((g) => [g.key, g.ok, g.blocking])).toEqual([
      ['identity_verified', true, true],
      ['documents_verified', true, true],
      ['no_open_orders', true, true],
      ['balance_handled', true, false],
    ]);
  });

  it('approve is refused while the holder identity is not verified', () => {
    const result = approvalChecklist(readyFacts({ account: { identityVerified: false, balanceFen: 0 } }));
    expect(result.canApprove).toBe(false);
    expect(gate(result, 'identity_verified').ok).toBe(false);
  });

  it('approve is refused while a required document is missing or not verified, listing each kind separately', () => {
    const result = approvalChecklist(readyFacts({ documents: [aDocument('id_card_front', 'rejected')] }));
    expect(result.canApprove).toBe(false);
    expect(gate(result, 'documents_verified')).toEqual({
      key: 'documents_verified',
      ok: false,
      blocking: true,
      missingDocuments: ['id_card_back'],
      unverifiedDocuments: ['id_card_front'],
    });
  });

  it('a document still awaiting review counts as unverified', () => {
    const result = approvalChecklist(
      readyFacts({ documents: [aDocument('id_card_front'), aDocument('id_card_back', 'submitted')] }),
    );
    expect(gate(result, 'documents_verified').unverifiedDocuments).toEqual(['id_card_back']);
    expect(result.canApprove).toBe(false);
  });

  it('a rejected first upload replaced by a verified one no longer blocks', () => {
    const result = approvalChecklist(
      readyFacts({
        documents: [
          { id: 1, type: 'id_card_front', status: 'rejected', attempt: 1 },
          { id: 2, type: 'id_card_front', status: 'verified', attempt: 2 },
          aDocument('id_card_back'),
        ],
      }),
    );
    expect(result.canApprove).toBe(true);
  });

  it('a request filed by an agent is refused until the authorization letter is verified', () => {
    const result = approvalChecklist(readyFacts({ request: { accountType: 'personal', filedBy: 'agent' } }));
    expect(result.canApprove).toBe(false);
    expect(gate(result, 'documents_verified').missingDocuments).toEqual(['authorization_letter']);
  });

  it('approve is refused while an order is open, listing only the open order numbers', () => {
    const result = approvalChecklist(
      readyFacts({
        orders: [
          anOrder('ORD-1', 'completed'),
          anOrder('ORD-2', 'open'),
          anOrder('ORD-3', 'cancelled'),
          anOrder('ORD-4', 'open'),
        ],
      }),
    );
    expect(result.canApprove).toBe(false);
    expect(gate(result, 'no_open_orders')).toMatchObject({ ok: false, openOrders: ['ORD-2', 'ORD-4'] });
  });

  it('a remaining balance does not block approval but announces the refund it will create', () => {
    const result = approvalChecklist(readyFacts({ account: { identityVerified: true, balanceFen: 12_345 } }));
    expect(result.canApprove).toBe(true);
    expect(gate(result, 'balance_handled')).toEqual({
      key: 'balance_handled',
      ok: true,
      blocking: false,
      refundFen: 12_345,
    });
  });

  it('a zero balance announces no refund', () => {
    expect(gate(approvalChecklist(readyFacts()), 'balance_handled').refundFen).toBeUndefined();
  });

  it('every failing gate is reported at once, not only the first', () => {
    const result = approvalChecklist({
      account: { identityVerified: false, balanceFen: 100 },
      request: { accountType: 'business', filedBy: 'holder' },
      documents: [],
      orders: [anOrder('ORD-9', 'open')],
    });
    expect(result.gates.filter((g) => !g.ok).map((g) => g.key)).toEqual([
      'identity_verified',
      'documents_verified',
      'no_open_orders',
    ]);
    expect(gate(result, 'documents_verified').missingDocuments).toEqual(['business_license', 'authorization_letter']);
  });
});
