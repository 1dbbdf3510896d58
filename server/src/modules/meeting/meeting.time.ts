import { TIME_ZONE } from '@partner-hub/shared';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function brusselsFields(instant: Date) {
  const f = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { y: +f.year, mo: +f.month, d: +f.day, h: +f.hour, mi: +f.minute, s: +f.second };
}

/** The Brussels wall-clock time of an instant, as YYYY-MM-DDTHH:mm. */
export function toBrusselsLocal(instant: Date): string {
  const f = brusselsFields(instant);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${f.y}-${p(f.mo)}-${p(f.d)}T${p(f.h)}:${p(f.mi)}`;
}

/** Brussels offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: Date): number {
  const f = brusselsFields(instant);
  return Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant of a Brussels wall-clock time (YYYY-MM-DDTHH:mm). A time skipped by the spring
 * change is moved forward by the hour; an ambiguous autumn time takes the first (summer) one.
 * Null when the text is not a valid date and time.
 */
export function fromBrusselsLocal(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  // Try the offset an hour before and after (covers both sides of a change); prefer the earlier instant that maps back.
  const candidates = [offsetAt(new Date(asUtc - 3 * 3600_000)), offsetAt(new Date(asUtc + 3 * 3600_000))].map((o) => asUtc - o).sort((a, b) => a - b);
  for (const c of candidates) if (toBrusselsLocal(new Date(c)) === local) return new Date(c);
  return new Date(candidates[candidates.length - 1]);
}

/** The Brussels day (YYYY-MM-DD) of an instant. */
export const brusselsDay = (instant: Date) => toBrusselsLocal(instant).slice(0, 10);
