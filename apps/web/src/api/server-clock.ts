/**
 * The service's clock as the browser sees it: every API answer carries `X-Server-Time`; the offset to the browser's
 * clock is kept, so "today", "days left" and the deadline preview follow the service (which decides every rule).
 */
let offsetMs = 0;

export function noteServerTime(header: string | null): void {
  if (!header) return;
  const server = Date.parse(header);
  if (!Number.isNaN(server)) offsetMs = server - Date.now();
}

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}
