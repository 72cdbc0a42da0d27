// Masks for personal data shown to staff who do not need the full value
// (lists, exports, notifications). Input that is not the expected shape is still
// masked, never shown in full.

function maskMiddle(value: string, head: number, tail: number, stars = value.length - head - tail): string {
  return value.slice(0, head) + '*'.repeat(stars) + value.slice(value.length - tail);
}

// For anything of unknown shape: hide at least half, keep a little at each end.
function maskGeneric(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  const visible = value.length - Math.ceil(value.length / 2);
  const head = Math.floor(visible / 2);
  return maskMiddle(value, head, visible - head);
}

/** '13800138000' → '138****8000'; '+86 138-0013-8000' → '+86138****8000'. */
export function maskPhone(phone: string): string {
  const compact = phone.trim().replace(/[\s-]/g, '');
  const mainland = /^(\+?86)?(1\d{10})$/.exec(compact);
  if (mainland) return (mainland[1] ?? '') + maskMiddle(mainland[2] ?? '', 3, 4);
  return maskGeneric(compact);
}

/**
 * Resident ID (18 or 15 characters): keep the first 3 and the last 4, hiding
 * the region detail and the birth date. '110101199003071234' → '110***********1234'.
 */
export function maskIdNumber(id: string): string {
  const compact = id.trim().replace(/\s/g, '').toUpperCase();
  if (compact.length === 18 || compact.length === 15) return maskMiddle(compact, 3, 4);
  return maskGeneric(compact);
}
