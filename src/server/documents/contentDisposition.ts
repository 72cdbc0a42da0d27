import type { AcceptedMimeType } from '../../domain/acceptedFiles.ts';
import { displayFileName } from '../../domain/displayFileName.ts';

// The first extension is the one given; the others are accepted as they are.
const EXTENSIONS: Record<AcceptedMimeType, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

/**
 * The customer's file name with the extension of the type the server sniffed:
 * a PDF uploaded as 'receipt.exe' is saved by the browser as 'receipt.pdf',
 * never as something the desktop would run.
 */
export function fileNameForType(rawName: string, mimeType: AcceptedMimeType): string {
  const name = displayFileName(rawName);
  const allowed = EXTENSIONS[mimeType];
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (allowed.includes(ext)) return name;
  const stem = dot > 0 && /^[a-z0-9]{1,10}$/.test(ext) ? name.slice(0, dot) : name;
  return `${stem}.${allowed[0]}`;
}

/**
 * `inline; filename="…"; filename*=UTF-8''…` (RFC 6266 / 5987): the plain
 * parameter is an ASCII stand-in for old clients, the starred one carries the
 * real (Chinese) name percent-encoded. Neither can break out of the header:
 * quotes, backslashes and controls never get through.
 */
export function contentDisposition(kind: 'inline' | 'attachment', rawName: string): string {
  const name = displayFileName(rawName);
  // oxlint-disable-next-line no-control-regex
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
