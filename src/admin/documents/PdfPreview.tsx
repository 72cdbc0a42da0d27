// pdf.js is large (the library plus its worker): this file is only ever
// imported lazily (DocumentPreview's React.lazy), so it stays out of the first
// chunk and is fetched the first time a reviewer opens a PDF.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Box, CircularProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
// Vite's `?url` import: the worker's URL as a string, the file emitted as its own asset.
// oxlint-disable-next-line import/default
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { fittedSize, type PreviewView } from './previewControls.ts';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Enough for any supporting document; a longer PDF shows its first pages and says so. */
const MAX_PAGES = 30;

interface PdfPreviewProps {
  src: string;
  view: PreviewView;
  frame: { width: number; height: number };
  onError: (message: string) => void;
}

const PdfPreview = ({ src, view, frame, onError }: PdfPreviewProps) => {
  const translate = useTranslate();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const reportError = useEffectEvent((message: string) => onError(message));
  // The parent keys this component by `src`: a new file starts from an empty state.
  useEffect(() => {
    // Same origin: the session cookie goes with it. The server sends whole files (no ranges).
    const task = getDocument({ url: src, withCredentials: true, disableRange: true, isEvalSupported: false });
    task.promise.then(setPdf, (e: unknown) => reportError(e instanceof Error ? e.message : String(e)));
    return () => {
      void task.destroy();
    };
  }, [src]);
  if (!pdf)
    return (
      <CircularProgress size={32} sx={{ m: 'auto' }} aria-label={translate('resources.documents.viewer.loading')} />
    );
  const shown = Math.min(pdf.numPages, MAX_PAGES);
  return (
    <Stack spacing={2} sx={{ alignItems: 'center', m: 'auto' }} data-pdf-pages={pdf.numPages}>
      {Array.from({ length: shown }, (_, i) => (
        <PdfPage key={i} pdf={pdf} number={i + 1} view={view} frame={frame} />
      ))}
      {pdf.numPages > 1 && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.documents.viewer.pdf_pages', { count: pdf.numPages, shown })}
        </Typography>
      )}
    </Stack>
  );
};

interface PdfPageProps {
  pdf: PDFDocumentProxy;
  number: number;
  view: PreviewView;
  frame: { width: number; height: number };
}

/**
 * One page on a canvas, drawn at the device's pixel ratio so text stays sharp
 * when zoomed. pdf.js refuses a second render on a canvas whose first one has
 * not finished cancelling, so each render waits for the previous one to settle.
 */
const PdfPage = ({ pdf, number, view, frame }: PdfPageProps) => {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const previous = useRef<Promise<unknown>>(Promise.resolve());
  const [rendered, setRendered] = useState(false);
  const { width, height } = frame;
  useEffect(() => {
    let cancelled = false;
    let task: RenderTask | null = null;
    const draw = async () => {
      const page = await pdf.getPage(number);
      const canvas = canvasRef.current;
      if (cancelled || !canvas) return;
      const natural = page.getViewport({ scale: 1 });
      const { scale } = fittedSize({ width: natural.width, height: natural.height }, { width, height }, view);
      const viewport = page.getViewport({ scale, rotation: (page.rotate + view.rotation) % 360 });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await task.promise;
      if (!cancelled) setRendered(true);
    };
    // A cancelled render rejects: that is expected when the zoom or rotation changes again.
    const run = previous.current.then(draw).catch(() => undefined);
    previous.current = run;
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, number, view, width, height]);
  return (
    <Box
      component="canvas"
      ref={canvasRef}
      data-pdf-page={number}
      data-rendered={rendered || undefined}
      sx={{ boxShadow: 3, bgcolor: 'common.white', display: 'block', flexShrink: 0 }}
    />
  );
};

export default PdfPreview;
