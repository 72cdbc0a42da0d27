import { describe, expect, it } from 'vitest';
import { sniffDocumentType } from '../../src/domain/acceptedFiles.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PNG_HEAD = bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR');

describe('file type from the bytes', () => {
  it('recognises PNG, JPEG, WebP and PDF by their signatures', () => {
    expect(sniffDocumentType(PNG_HEAD)).toBe('image/png');
    expect(sniffDocumentType(bytes([0xff, 0xd8, 0xff, 0xe0], '\0\x10JFIF'))).toBe('image/jpeg');
    expect(sniffDocumentType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffDocumentType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8L'))).toBe('image/webp');
    expect(sniffDocumentType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses everything else: an executable, a GIF, HTML, text, an empty file, a truncated signature', () => {
    expect(sniffDocumentType(bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]))).toBeNull();
    expect(sniffDocumentType(bytes('GIF89a'))).toBeNull();
    expect(sniffDocumentType(bytes('<!doctype html><script>'))).toBeNull();
    expect(sniffDocumentType(bytes('hello.png'))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
    expect(sniffDocumentType(PNG_HEAD.slice(0, 8))).toBeNull();
    expect(sniffDocumentType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffDocumentType(bytes('%PDF-x'))).toBeNull();
    expect(sniffDocumentType(bytes(' %PDF-1.4'))).toBeNull();
  });
});
