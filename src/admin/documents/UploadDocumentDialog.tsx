import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import {
  FileField,
  FileInput,
  Form,
  SaveButton,
  SelectInput,
  required,
  useCreate,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ACCEPTED_MIME_TYPES, EXTENSION_OF, MAX_DOCUMENT_BYTES } from '../../domain/acceptedFiles.ts';
import { documentChecklist, requiredDocumentTypes } from '../../domain/requiredDocuments.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../domain/vocabulary.ts';
import { enumChoices } from '../common/enumChoices.ts';
import { formatBytes } from '../common/format.ts';
import { failureText, type HttpFailure } from '../common/httpFailure.ts';
import type { DocumentCreateParams } from '../dataProvider.ts';
import type { CancelRequest, SupportingDocument } from '../types.ts';
import type { UploadProgress } from './uploadDocument.ts';

interface FormValues {
  type: DocumentType;
  file?: { rawFile: File; src: string; title: string } | null;
}

/** For the file picker only: what the server accepts is decided from the bytes, whatever the name says. */
const ACCEPT = Object.fromEntries(
  ACCEPTED_MIME_TYPES.map((type) => [type, [`.${EXTENSION_OF[type]}`, ...(type === 'image/jpeg' ? ['.jpeg'] : [])]]),
);

/** The type a reviewer most likely has in hand: the first required one that is missing or was rejected. */
const likelyType = (request: CancelRequest, documents: SupportingDocument[]): DocumentType =>
  documentChecklist(requiredDocumentTypes(request), documents).find(
    (e) => e.required && (e.status === 'missing' || e.status === 'rejected'),
  )?.type ?? 'other';

/**
 * File a document for the customer (one that came by mail or was handed in):
 * a react-admin FileInput, sent by the data provider as multipart with upload
 * progress. The server decides the file's type from its bytes; its refusals
 * (too large, not an image or PDF, request decided) are shown as it words them.
 */
export const UploadDocumentDialog = ({
  request,
  documents,
  type,
  onClose,
}: {
  request: CancelRequest;
  documents: SupportingDocument[];
  /** The type to start with; else the first required one still missing or rejected. */
  type?: DocumentType;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending: uploading }] = useCreate<SupportingDocument>();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [problem, setProblem] = useState<{ title: string; detail?: string } | null>(null);
  const t = (key: string, options?: object) => translate(`resources.documents.upload.${key}`, options);

  const explain = (error: HttpFailure) => {
    const server = failureText(error, translate);
    const known =
      error.status === 413 ? 'too_large' : error.status === 415 ? 'wrong_type' : error.status === 0 ? 'network' : null;
    return known ? { title: t(known), detail: server } : { title: t('failed'), detail: server };
  };

  // Async so the form awaits the upload: its submit button shows the spinner meanwhile.
  const onSubmit = async (values: Partial<FormValues>) => {
    if (!values.file?.rawFile || !values.type) return;
    setProblem(null);
    setProgress({ loaded: 0, total: values.file.rawFile.size });
    const known = new Set(documents.map((d) => d.id));
    const params: DocumentCreateParams = {
      data: { requestId: request.id, type: values.type, file: { rawFile: values.file.rawFile } },
      meta: { onProgress: setProgress },
    };
    try {
      const doc = (await create('documents', params, { returnPromise: true })) as SupportingDocument;
      const typeName = translate(`resources.documents.enums.type.${doc.type}`);
      const text = known.has(doc.id)
        ? t('duplicate', { type: typeName })
        : t('done', { type: typeName, attempt: doc.attempt });
      notify(text, { type: 'success', messageArgs: { _: text } });
      refresh();
      onClose();
    } catch (e) {
      setProblem(explain(e as HttpFailure));
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <Dialog
      open
      onClose={uploading ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="upload-document-title"
    >
      <Form<FormValues> onSubmit={onSubmit} defaultValues={{ type: type ?? likelyType(request, documents) }}>
        <DialogTitle id="upload-document-title">{t('title', { number: request.number })}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={1}>
            <Typography variant="body2" color="text.secondary">
              {t('hint')}
            </Typography>
            <SelectInput
              source="type"
              label={translate('resources.documents.fields.type')}
              choices={enumChoices('documents', 'type', DOCUMENT_TYPES)}
              validate={required()}
              disabled={uploading}
            />
            <FileInput
              source="file"
              label={translate('resources.documents.fields.fileName')}
              accept={ACCEPT}
              maxSize={MAX_DOCUMENT_BYTES}
              validate={required()}
              disabled={uploading}
              placeholder={
                <Typography variant="body2" sx={{ py: 2 }}>
                  {t('drop')}
                </Typography>
              }
              options={{
                onDropRejected: (rejections) => {
                  const code = rejections[0]?.errors[0]?.code;
                  setProblem({
                    title: t(code === 'file-too-large' ? 'too_large' : 'wrong_type'),
                    detail: rejections[0]?.file.name,
                  });
                },
                onDropAccepted: () => setProblem(null),
              }}
            >
              <FileField source="src" title="title" target="_blank" />
            </FileInput>
            {uploading && progress && (
              <Box role="status" aria-live="polite">
                <LinearProgress variant="determinate" value={percent} aria-label={t('progress_label')} />
                <Typography variant="caption" color="text.secondary">
                  {t('progress', {
                    loaded: formatBytes(progress.loaded, locale),
                    total: formatBytes(progress.total, locale),
                    percent,
                  })}
                </Typography>
              </Box>
            )}
            {problem && (
              <Alert severity="error">
                {problem.title}
                {problem.detail && (
                  <Typography variant="caption" component="div" sx={{ mt: 0.5, opacity: 0.85 }}>
                    {problem.detail}
                  </Typography>
                )}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onClose} disabled={uploading} color="inherit">
            {translate('ra.action.cancel')}
          </Button>
          <SaveButton label={t('submit')} icon={<></>} disabled={uploading} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
