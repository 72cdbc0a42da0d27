import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatBytes, formatDateTime } from '../common/format.ts';
import { PropertyList } from '../common/PropertyList.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { SupportingDocument } from '../types.ts';

interface DocumentDetailsProps {
  document: SupportingDocument;
  /** Every upload of this document's type, newest first (re-uploads keep the history). */
  history: SupportingDocument[];
  onOpen: (id: number) => void;
}

/** The file on screen (status, reason, who uploaded what when) and the earlier uploads of its type. */
export const DocumentDetails = ({ document, history, onOpen }: DocumentDetailsProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = (field: string) => translate(`resources.documents.fields.${field}`);
  const v = (key: string, options?: object) => translate(`resources.documents.viewer.${key}`, options);
  return (
    <section aria-labelledby="document-details-title">
      <Typography id="document-details-title" variant="overline" color="text.secondary" component="h3">
        {v('details')}
      </Typography>
      <PropertyList
        items={[
          { label: f('status'), value: <StatusChip resource="documents" value={document.status} /> },
          ...(document.status === 'rejected'
            ? [
                {
                  label: f('rejectionReason'),
                  value: `${document.rejectionReason ?? ''}${document.rejectionFinal ? ` (${v('final')})` : ''}`,
                },
              ]
            : []),
          { label: f('attempt'), value: document.attempt },
          { label: f('fileName'), value: document.fileName },
          { label: f('sizeBytes'), value: `${formatBytes(document.sizeBytes, locale)} · ${document.mimeType}` },
          {
            label: f('uploadedAt'),
            value: `${formatDateTime(document.uploadedAt, locale)} · ${v(`uploaded_by.${document.uploadedByType}`)}`,
          },
          ...(document.reviewedAt
            ? [{ label: f('reviewedAt'), value: formatDateTime(document.reviewedAt, locale) }]
            : []),
          { label: 'SHA-256', value: <code title={document.sha256}>{document.sha256.slice(0, 16)}…</code> },
        ]}
      />
      {history.length > 1 && (
        <>
          <Typography variant="overline" color="text.secondary" component="h3" sx={{ display: 'block', mt: 2 }}>
            {v('history')}
          </Typography>
          <List dense disablePadding>
            {history.map((d) => (
              <ListItemButton
                key={d.id}
                selected={d.id === document.id}
                onClick={() => onOpen(d.id)}
                sx={{ borderRadius: 1 }}
              >
                <ListItemText
                  primary={`${v('attempt_n', { attempt: d.attempt })} · ${translate(`resources.documents.enums.status.${d.status}`)}`}
                  secondary={`${formatDateTime(d.uploadedAt, locale)}${d.status === 'rejected' && d.rejectionReason ? ` · ${d.rejectionReason}` : ''}`}
                />
              </ListItemButton>
            ))}
          </List>
        </>
      )}
    </section>
  );
};
