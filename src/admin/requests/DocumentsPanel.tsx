import { Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { documentChecklist, documentProgress, requiredDocumentTypes } from '../../domain/requiredDocuments.ts';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EmptyState } from '../common/EmptyState.tsx';
import { Panel } from '../common/Panel.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { CancelRequest } from '../types.ts';
import { useRequestDocuments } from './useRequestRelated.ts';

const COLUMNS = ['type', 'status', 'attempts', 'fileName', 'uploadedAt'] as const;

/** One row per required document type (missing ones too), then any extra upload. */
export const DocumentsPanel = () => {
    const request = useRecordContext<CancelRequest>();
    const translate = useTranslate();
    const { data: documents, isPending } = useRequestDocuments(request);
    const title = translate('resources.requests.show.documents');
    if (!request || isPending || !documents) {
        return <Panel title={title}><Skeleton variant="rounded" height={96} /></Panel>;
    }
    const entries = documentChecklist(requiredDocumentTypes(request), documents);
    const { verified, required } = documentProgress(entries);
    const byId = new Map(documents.map((d) => [d.id, d]));
    return (
        <Panel
            title={title}
            flush
            extra={
                <Typography variant="caption" color="text.secondary">
                    {translate('resources.documents.progress', { verified, required })}
                </Typography>
            }
        >
            {entries.length === 0 ? (
                <EmptyState dense title={translate('resources.requests.show.no_documents')} />
            ) : (
                <Table size="small">
                    <TableHead>
                        <TableRow>
                            {COLUMNS.map((c) => (
                                <TableCell key={c}>{translate(`resources.documents.fields.${c}`)}</TableCell>
                            ))}
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {entries.map((entry) => {
                            const doc = entry.documentId != null ? byId.get(entry.documentId) : undefined;
                            return (
                                <TableRow key={entry.type}>
                                    <TableCell>
                                        {translate(`resources.documents.enums.type.${entry.type}`)}
                                        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
                                            {translate(entry.required ? 'resources.documents.required' : 'resources.documents.optional')}
                                        </Typography>
                                    </TableCell>
                                    <TableCell>
                                        <StatusChip resource="documents" value={entry.status} />
                                        {doc?.status === 'rejected' && doc.rejectionReason && (
                                            <Typography variant="caption" color="error" sx={{ display: 'block' }}>
                                                {doc.rejectionReason}
                                            </Typography>
                                        )}
                                    </TableCell>
                                    <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{entry.attempts || '—'}</TableCell>
                                    <TableCell sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                                        {doc?.fileName ?? '—'}
                                    </TableCell>
                                    <TableCell>
                                        <RecordContextProvider value={doc}>
                                            <DateTimeField source="uploadedAt" />
                                        </RecordContextProvider>
                                    </TableCell>
                                </TableRow>
                            );
                        })}
                    </TableBody>
                </Table>
            )}
        </Panel>
    );
};
