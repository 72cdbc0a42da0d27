import { useLocaleState, useTranslate } from 'react-admin';
import type { Gate } from '../../domain/approvalGates.ts';
import { formatFen } from '../../domain/money.ts';

/** The lines under a gate: which documents, which orders, how much will be refunded. */
export const useGateDetails = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const docs = (types: readonly string[]) =>
    types.map((t) => translate(`resources.documents.enums.type.${t}`)).join(translate('app.list_separator'));
  return (gate: Gate): string[] => {
    switch (gate.key) {
      case 'identity_verified':
        return gate.ok ? [] : [translate('resources.requests.gates.identity_verified_missing')];
      case 'documents_verified':
        return [
          gate.missingDocuments?.length
            ? translate('resources.requests.gates.documents_missing', { types: docs(gate.missingDocuments) })
            : '',
          gate.unverifiedDocuments?.length
            ? translate('resources.requests.gates.documents_unverified', { types: docs(gate.unverifiedDocuments) })
            : '',
        ].filter(Boolean);
      case 'no_open_orders':
        return gate.openOrders?.length
          ? [
              translate('resources.requests.gates.orders_open', {
                orders: gate.openOrders.join(translate('app.list_separator')),
              }),
            ]
          : [];
      case 'balance_handled':
        return [
          gate.refundFen
            ? translate('resources.requests.gates.balance_refund', {
                amount: formatFen(gate.refundFen, locale === 'en' ? 'en' : 'zh-CN'),
              })
            : translate('resources.requests.gates.balance_zero'),
        ];
    }
  };
};

/** One line per blocking gate that fails: "✗ 必需材料均已核验 — 缺少：身份证国徽面". */
export const useGateProblems = () => {
  const translate = useTranslate();
  const details = useGateDetails();
  return (gates: Gate[]): string[] =>
    gates
      .filter((gate) => gate.blocking && !gate.ok)
      .map((gate) => [`✗ ${translate(`resources.requests.gates.${gate.key}`)}`, ...details(gate)].join(' — '));
};
