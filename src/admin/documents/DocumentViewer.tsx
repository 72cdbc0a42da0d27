import { useRef, useState, type KeyboardEvent } from 'react';
import { Box, Dialog, DialogTitle, Divider, IconButton, Stack, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslate } from 'react-admin';
import { documentChecklist, requiredDocumentTypes } from '../../domain/requiredDocuments.ts';
import { isOpenStatus } from '../../domain/vocabulary.ts';
import { StatusChip } from '../common/StatusChip.tsx';
import { documentFileUrl } from '../dataProvider.ts';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import { DocumentDetails } from './DocumentDetails.tsx';
import { DocumentPreview } from './DocumentPreview.tsx';
import { DocumentReviewActions, type ReviewCommands } from './DocumentReviewActions.tsx';
import { HolderComparison } from './HolderComparison.tsx';
import { applyPreviewCommand, FIT, viewerKey, type PreviewCommand, type PreviewView } from './previewControls.ts';
import { PreviewToolbar } from './PreviewToolbar.tsx';
import { isTypingTarget } from '../requests/actions/useKeyboardShortcut.ts';

interface DocumentViewerProps {
  request: CancelRequest;
  documents: SupportingDocument[];
  documentId: number;
  onOpen: (id: number) => void;
  onClose: () => void;
}

/**
 * Where a reviewer checks documents: the file large on the left (images zoom
 * and rotate, PDFs render in the page), the holder's data beside it to compare
 * against, the file's details and history, verify / reject. ← → go through the
 * request's documents in checklist order, the newest upload of each type.
 */
export const DocumentViewer = ({ request, documents, documentId, onOpen, onClose }: DocumentViewerProps) => {
  const translate = useTranslate();
  const [view, setView] = useState<PreviewView>(FIT);
  // V and X press the review buttons, with the same checks as a click.
  const review = useRef<ReviewCommands | null>(null);
  const document = documents.find((d) => d.id === documentId);
  if (!document) return null;

  const entries = documentChecklist(requiredDocumentTypes(request), documents);
  // The newest upload of each type, in checklist order: what ← → walk through.
  const shown = entries.filter((e) => e.documentId != null);
  const sequence = shown.map((e) => e.documentId!);
  const entry = entries.find((e) => e.type === document.type);
  const index = Math.max(0, sequence.indexOf(entry?.documentId ?? -1));
  const history = documents
    .filter((d) => d.type === document.type)
    .sort((a, b) => b.attempt - a.attempt || b.id - a.id);

  const open = (id: number) => {
    setView(FIT);
    onOpen(id);
  };
  const move = (step: -1 | 1) => {
    const next = sequence[index + step];
    if (next !== undefined) open(next);
  };
  // After a verify or a reject, on to the next document still waiting to be checked (in checklist order, wrapping).
  const nextPending = () => {
    const next = [...shown.slice(index + 1), ...shown.slice(0, index)].find((e) => e.status === 'submitted');
    if (next) open(next.documentId!);
  };
  const command = (c: PreviewCommand) => setView((v) => applyPreviewCommand(v, c));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into a field, or into the reject dialog (a portal: its events still bubble here), are not ours.
    if (isTypingTarget(event.target) || !event.currentTarget.contains(event.target as Node)) return;
    const key = viewerKey(event);
    if (!key) return;
    event.preventDefault();
    if (key === 'previous') move(-1);
    else if (key === 'next') move(1);
    else if (key === 'verify') review.current?.verify();
    else if (key === 'reject') review.current?.reject();
    else command(key);
  };

  const typeName = translate(`resources.documents.enums.type.${document.type}`);
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="xl"
      onKeyDown={onKeyDown}
      aria-labelledby="document-viewer-title"
      slotProps={{ paper: { sx: { height: '92vh' } } }}
    >
      <DialogTitle id="document-viewer-title" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 1.25 }}>
        <span>{typeName}</span>
        <Typography component="span" variant="body2" color="text.secondary">
          {translate(entry?.required ? 'resources.documents.required' : 'resources.documents.optional')} ·{' '}
          {translate('resources.documents.viewer.attempt_n', { attempt: document.attempt })}
          {entry?.documentId !== document.id && ` · ${translate('resources.documents.viewer.superseded')}`}
        </Typography>
        <StatusChip resource="documents" value={document.status} />
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" color="text.secondary">
          {request.number} · {request.holderName}
        </Typography>
        <IconButton aria-label={translate('ra.action.close')} onClick={onClose} edge="end">
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <Divider />
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          <PreviewToolbar
            view={view}
            onCommand={command}
            position={{ index, count: sequence.length }}
            onMove={move}
            fileUrl={documentFileUrl(document.id)}
          />
          <Divider />
          <DocumentPreview document={document} view={view} />
          <Typography variant="caption" color="text.secondary" sx={{ px: 2, py: 0.5 }}>
            {translate('resources.documents.viewer.keys')}
          </Typography>
        </Box>
        <Divider orientation="vertical" flexItem />
        <Stack sx={{ width: 360, flexShrink: 0, minHeight: 0 }}>
          <Stack spacing={2} sx={{ flex: 1, overflow: 'auto', p: 2 }}>
            <HolderComparison request={request} documents={documents} />
            <Divider />
            <DocumentDetails document={document} history={history} onOpen={open} />
          </Stack>
          {isOpenStatus(request.status) && (
            <>
              <Divider />
              <Box sx={{ p: 2 }}>
                <DocumentReviewActions
                  request={request}
                  document={document}
                  documents={documents}
                  onVerified={nextPending}
                  onRejected={nextPending}
                  commandsRef={review}
                />
              </Box>
            </>
          )}
        </Stack>
      </Box>
    </Dialog>
  );
};
