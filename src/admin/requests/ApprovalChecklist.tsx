import { Alert, Box, List, ListItem, ListItemIcon, ListItemText, Skeleton } from '@mui/material';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { approvalChecklist, type Gate } from '../../domain/approvalGates.ts';
import { formatFen } from '../../domain/money.ts';
import { CheckMark } from '../common/CheckMark.tsx';
import { Panel } from '../common/Panel.tsx';
import type { CancelRequest } from '../types.ts';
import { useAccountOrders, useRequestAccount, useRequestDocuments } from './useRequestRelated.ts';

/** The lines under a gate: which documents, which orders, how much will be refunded. */
const useGateDetails = () => {
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
                    gate.missingDocuments?.length ? translate('resources.requests.gates.documents_missing', { types: docs(gate.missingDocuments) }) : '',
                    gate.unverifiedDocuments?.length ? translate('resources.requests.gates.documents_unverified', { types: docs(gate.unverifiedDocuments) }) : '',
                ].filter(Boolean);
            case 'no_open_orders':
                return gate.openOrders?.length ? [translate('resources.requests.gates.orders_open', { orders: gate.openOrders.join(translate('app.list_separator')) })] : [];
            case 'balance_handled':
                return [
                    gate.refundFen
                        ? translate('resources.requests.gates.balance_refund', { amount: formatFen(gate.refundFen, locale === 'en' ? 'en' : 'zh-CN') })
                        : translate('resources.requests.gates.balance_zero'),
                ];
        }
    };
};

/** Whether the request may be approved, gate by gate, as src/domain/approvalGates decides it. */
export const ApprovalChecklist = () => {
    const request = useRecordContext<CancelRequest>();
    const translate = useTranslate();
    const details = useGateDetails();
    const { data: account } = useRequestAccount(request);
    const { data: documents } = useRequestDocuments(request);
    const { data: orders } = useAccountOrders(request?.accountId);
    const title = translate('resources.requests.show.checklist');
    if (!request || !account || !documents || !orders) {
        return <Panel title={title}><Skeleton variant="rounded" height={140} /></Panel>;
    }
    const { canApprove, gates } = approvalChecklist({ account, request, documents, orders });
    const failing = gates.filter((g) => g.blocking && !g.ok).length;
    return (
        <Panel title={title}>
            <Alert severity={canApprove ? 'success' : 'warning'} variant="outlined" sx={{ mb: 1, py: 0 }}>
                {canApprove
                    ? translate('resources.requests.show.can_approve')
                    : translate('resources.requests.show.cannot_approve', { smart_count: failing })}
            </Alert>
            <List dense disablePadding>
                {gates.map((gate) => (
                    <ListItem key={gate.key} disableGutters sx={{ alignItems: 'flex-start', py: 0.5 }}>
                        <ListItemIcon sx={{ minWidth: 30, mt: 0.25 }}>
                            {gate.blocking ? <CheckMark ok={gate.ok} /> : <InfoOutlined color="info" sx={{ fontSize: 18 }} />}
                        </ListItemIcon>
                        <ListItemText
                            primary={translate(`resources.requests.gates.${gate.key}`)}
                            secondary={details(gate).map((line) => (
                                <Box component="span" key={line} sx={{ display: 'block' }}>
                                    {line}
                                </Box>
                            ))}
                            slotProps={{ primary: { variant: 'body2', sx: { fontWeight: 500 } } }}
                        />
                    </ListItem>
                ))}
            </List>
        </Panel>
    );
};
