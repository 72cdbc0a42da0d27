import { lazy, Suspense, useRef, useState } from 'react';
import { Alert, Box, CircularProgress } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { documentFileUrl } from '../dataProvider.ts';
import { formatDateTime } from '../common/format.ts';
import type { SupportingDocument } from '../types.ts';
import { ImagePreview } from './ImagePreview.tsx';
import type { PreviewView } from './previewControls.ts';
import { useElementSize } from './useElementSize.ts';

const PdfPreview = lazy(() => import('./PdfPreview.tsx'));

/** Room around the page inside the frame. */
const GUTTER = 24;

/** Why the server would not give the file (deleted by retention, missing from storage), in its own words. */
async function fileProblem(url: string): Promise<string> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    return body?.message ?? `HTTP ${response.status}`;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The document's file, image or PDF, scaled to the frame, zoomed and rotated as the viewer says. */
export const DocumentPreview = ({ document, view }: { document: SupportingDocument; view: PreviewView }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const frameRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(frameRef);
  const frame = { width: Math.max(size.width - 2 * GUTTER, 0), height: Math.max(size.height - 2 * GUTTER, 0) };
  const src = documentFileUrl(document.id);
  // Remembered with the file it is about, so moving to another document clears it.
  const [failure, setFailure] = useState<{ src: string; message: string } | null>(null);
  const problem = failure?.src === src ? failure.message : null;
  const setProblem = (message: string) => setFailure({ src, message });

  let content;
  if (document.fileDeletedAt) {
    content = (
      <Alert severity="info" sx={{ m: 'auto' }}>
        {translate('resources.documents.viewer.file_deleted', { date: formatDateTime(document.fileDeletedAt, locale) })}
      </Alert>
    );
  } else if (problem) {
    content = (
      <Alert severity="error" sx={{ m: 'auto' }}>
        {translate('resources.documents.viewer.load_failed', { message: problem })}
      </Alert>
    );
  } else if (document.mimeType === 'application/pdf') {
    content = (
      <Suspense fallback={<CircularProgress size={32} sx={{ m: 'auto' }} />}>
        <PdfPreview key={src} src={src} view={view} frame={frame} onError={setProblem} />
      </Suspense>
    );
  } else {
    content = (
      <ImagePreview
        key={src}
        src={src}
        alt={translate(`resources.documents.enums.type.${document.type}`)}
        view={view}
        frame={frame}
        onError={() => void fileProblem(src).then(setProblem)}
      />
    );
  }
  return (
    <Box
      ref={frameRef}
      data-testid="document-preview"
      sx={{
        flex: 1,
        minHeight: 0,
        overflow: 'auto',
        display: 'flex',
        p: `${GUTTER}px`,
        bgcolor: (theme) => (theme.palette.mode === 'dark' ? 'grey.900' : 'grey.200'),
      }}
    >
      {content}
    </Box>
  );
};
