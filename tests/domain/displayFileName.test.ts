import { describe, expect, it } from 'vitest';
import { displayFileName } from '../../src/domain/displayFileName.ts';

describe('file names are shown, never used as paths', () => {
  it('keeps only the last path segment of either separator', () => {
    expect(displayFileName('../../etc/passwd.png')).toBe('passwd.png');
    expect(displayFileName('C:\\Users\\王芳\\身份证正面.jpg')).toBe('身份证正面.jpg');
  });

  it('drops control and direction-override characters, leading dots, and falls back when nothing is left', () => {
    expect(displayFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(displayFileName('a\r\nb.png')).toBe('a b.png');
    expect(displayFileName('..')).toBe('document');
    expect(displayFileName('.htaccess')).toBe('htaccess');
    expect(displayFileName(undefined)).toBe('document');
    expect([...displayFileName(`${'长'.repeat(300)}.pdf`)]).toHaveLength(200);
    expect(displayFileName(`${'长'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
  });
});
