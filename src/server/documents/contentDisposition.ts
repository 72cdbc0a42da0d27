import { displayFileName } from '../../domain/displayFileName.ts';

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
