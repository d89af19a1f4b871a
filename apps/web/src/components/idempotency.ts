/**
 * A fresh idempotency key for one write (`prefix-` + 32 hex digits). crypto.randomUUID exists only
 * in secure contexts; getRandomValues also works on a plain-HTTP intranet address.
 */
export function newIdempotencyKey(prefix = 'web'): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${hex}`;
}
