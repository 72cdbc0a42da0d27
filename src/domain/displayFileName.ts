/**
 * The name a customer gave the file, made fit to show and to put in a
 * Content-Disposition header: only the last path segment, no control or
 * direction-override characters, at most 200 characters. It is only ever
 * shown; files are stored under their content hash, never under this name.
 */
export function displayFileName(raw: string | null | undefined, fallback = 'document'): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    // C0/C1 controls (line breaks, tabs) read as a space...
    // oxlint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    // ...and the direction overrides that make "gpj.exe" read as "exe.jpg" go.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const withoutDots = cleaned.replace(/^\.+/, '').trim();
  const chars = [...withoutDots];
  const name = chars.length > 200 ? chars.slice(chars.length - 200).join('') : withoutDots;
  return name || fallback;
}
