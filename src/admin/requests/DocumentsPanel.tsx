import { useState } from 'react';
import {
  Button,
  IconButton,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { checkStaffUpload } from '../../domain/documentUpload.ts';
import { documentChecklist, documentProgress, requiredDocumentTypes } from '../../domain/requiredDocuments.ts';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EmptyState } from '../common/EmptyState.tsx';
import { Panel } from '../common/Panel.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import { DocumentViewer } from '../documents/DocumentViewer.tsx';
import { UploadDocumentDialog } from '../documents/UploadDocumentDialog.tsx';
import type { DocumentType } from '../../domain/vocabulary.ts';
import type { CancelRequest } from '../types.ts';
import { useActor } from './actions/useActor.ts';
import { useKeyboardShortcut } from './actions/useKeyboardShortcut.ts';
import { useRequestDocuments } from './useRequestRelated.ts';

const COLUMNS = ['type', 'status', 'attempts', 'fileName', 'uploadedAt'] as const;

/**
 * The request's checklist: one row per required document type (missing ones
 * too), then any extra upload. A row opens the viewer on that document, where
 * it is compared with the holder's data and verified or rejected.
 */
export const DocumentsPanel = () => {
  const request = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const actor = useActor();
  const { data: documents, isPending } = useRequestDocuments(request);
  const [viewing, setViewing] = useState<number | null>(null);
  // The upload dialog, open on a type (a missing row's) or on the likeliest one (the panel's button).
  const [uploading, setUploading] = useState<DocumentType | 'likeliest' | null>(null);
  // D opens the viewer on the first document still waiting to be checked, else on the first one.
  useKeyboardShortcut(
    'd',
    () => {
      if (!request || !documents) return;
      const shown = documentChecklist(requiredDocumentTypes(request), documents).filter((e) => e.documentId != null);
      const first = shown.find((e) => e.status === 'submitted') ?? shown[0];
      if (first) setViewing(first.documentId);
    },
    !!documents?.length && viewing === null,
  );
  const title = translate('resources.requests.show.documents');
  if (!request || isPending || !documents) {
    return (
      <Panel title={title}>
        <Skeleton variant="rounded" height={96} />
      </Panel>
    );
  }
  const entries = documentChecklist(requiredDocumentTypes(request), documents);
  const { verified, required } = documentProgress(entries);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const mayUpload = actor ? checkStaffUpload(request, actor).ok : false;
  return (
    <Panel
      title={title}
      flush
      extra={
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.documents.progress', { verified, required })}
          </Typography>
          {mayUpload && (
            <Button size="small" startIcon={<UploadFileOutlined />} onClick={() => setUploading('likeliest')}>
              {translate('resources.documents.actions.upload')}
            </Button>
          )}
        </Stack>
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
              <TableCell padding="checkbox" />
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry) => {
              const doc = entry.documentId != null ? byId.get(entry.documentId) : undefined;
              const typeName = translate(`resources.documents.enums.type.${entry.type}`);
              return (
                <TableRow
                  key={entry.type}
                  hover={!!doc}
                  onClick={doc ? () => setViewing(doc.id) : undefined}
                  sx={doc ? { cursor: 'pointer' } : undefined}
                >
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {typeName}
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
                  <TableCell padding="checkbox">
                    {doc && (
                      <Tooltip title={translate('resources.documents.actions.preview')}>
                        <IconButton
                          size="small"
                          aria-label={`${translate('resources.documents.actions.preview')} ${typeName}`}
                        >
                          <VisibilityOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                    {!doc && mayUpload && (
                      <Tooltip title={translate('resources.documents.actions.upload_type', { type: typeName })}>
                        <IconButton
                          size="small"
                          aria-label={translate('resources.documents.actions.upload_type', { type: typeName })}
                          onClick={() => setUploading(entry.type)}
                        >
                          <UploadFileOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {viewing !== null && (
        <DocumentViewer
          request={request}
          documents={documents}
          documentId={viewing}
          onOpen={setViewing}
          onClose={() => setViewing(null)}
        />
      )}
      {uploading && (
        <UploadDocumentDialog
          request={request}
          documents={documents}
          type={uploading === 'likeliest' ? undefined : uploading}
          onClose={() => setUploading(null)}
        />
      )}
    </Panel>
  );
};
