// Which files are accepted as supporting documents: the size limit and the
// four types, decided by the file's bytes. The UI checks a file before
// uploading it; the server decides again from what it received.

/** 10 MB, counted in binary megabytes as the database CHECK on size_bytes does. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type AcceptedMimeType = (typeof ACCEPTED_MIME_TYPES)[number];

const startsWith = (bytes: Uint8Array, offset: number, ascii: string) =>
  bytes.length >= offset + ascii.length && [...ascii].every((ch, i) => bytes[offset + i] === ch.charCodeAt(0));

/**
 * The file's type from its first 16 bytes, whatever its name or declared type;
 * null for anything but PNG, JPEG, WebP and PDF. Each check is a format's
 * signature plus the structure right after it where there is one (PNG's
 * header chunk, WebP's first chunk), so a text file starting "RIFF" or a
 * truncated signature is not taken for an image.
 */
export function sniffDocumentType(head: Uint8Array): AcceptedMimeType | null {
  // PNG: 89 'PNG' CR LF 1A LF, then the first chunk, which must be IHDR.
  if (head[0] === 0x89 && startsWith(head, 1, 'PNG\r\n\x1a\n') && startsWith(head, 12, 'IHDR')) return 'image/png';
  // JPEG: SOI (FF D8) followed by a marker (FF xx).
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  // WebP: a RIFF container of form WEBP whose first chunk is VP8, VP8L or VP8X.
  if (
    startsWith(head, 0, 'RIFF') &&
    startsWith(head, 8, 'WEBP') &&
    (startsWith(head, 12, 'VP8 ') || startsWith(head, 12, 'VP8L') || startsWith(head, 12, 'VP8X'))
  ) {
    return 'image/webp';
  }
  // PDF: "%PDF-" and a version digit, at the very start (as file-type requires).
  if (startsWith(head, 0, '%PDF-') && head[5] !== undefined && head[5] >= 0x30 && head[5] <= 0x39)
    return 'application/pdf';
  return null;
}

/** The extension a stored or downloaded file of each type carries. */
export const EXTENSION_OF: Record<AcceptedMimeType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
