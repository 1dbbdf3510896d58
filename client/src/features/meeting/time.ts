import { TIME_ZONE, type Locale } from '@partner-hub/shared';
import { intlLocale } from '../../app/format';

/**
 * Meetings are planned in Brussels wall-clock time, whatever the time zone of the device: people
 * type "14:00" and mean 14:00 in Brussels. These helpers convert between that wall-clock time and
 * the moment (UTC ISO timestamp) the API stores, across the daylight-saving changes.
 */

const NO_BREAK_SPACES = /[\u00a0\u202f]/g;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockAt(date: Date): WallClock & { second: number } {
  const p = Object.fromEntries(partsFormat.formatToParts(date).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

/** Brussels' offset from UTC at a moment, in minutes (60 in winter, 120 in summer). */
export function brusselsOffsetMinutes(date: Date): number {
  const w = wallClockAt(date);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * A Brussels date (YYYY-MM-DD) and time (HH:MM) as a UTC ISO timestamp, or null when either is
 * not valid. A time that does not exist (skipped when the clocks go forward) moves forward by the
 * hour skipped; a time that happens twice (clocks go back) is its first occurrence (summer time).
 */
export function brusselsToUtcIso(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return null;
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Try both offsets Brussels can have around this moment; keep the earliest one that reads back
  // as the wall-clock time asked for.
  const offsets = [...new Set([brusselsOffsetMinutes(new Date(naive - 180 * 60_000)), brusselsOffsetMinutes(new Date(naive + 180 * 60_000))])].sort((a, b) => b - a);
  for (const offset of offsets) {
    const candidate = new Date(naive - offset * 60_000);
    const w = wallClockAt(candidate);
    if (w.year === year && w.month === month && w.day === day && w.hour === hour && w.minute === minute) return candidate.toISOString();
  }
  // In the gap of the spring change: the wall-clock time plus the hour that was skipped.
  const winter = Math.min(...offsets);
  return new Date(naive - winter * 60_000).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as the Brussels date (YYYY-MM-DD) and time (HH:MM) to put in form fields. */
export function utcIsoToBrussels(iso: string): { date: string; time: string } {
  const w = wallClockAt(new Date(iso));
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** "UTC+01:00" / "UTC+02:00": Brussels' offset at that moment (winter or summer time). */
export function brusselsOffsetLabel(date: Date): string {
  const minutes = brusselsOffsetMinutes(date);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Minutes between two moments (for a duration shown next to the end time). */
export function minutesBetween(startIso: string, endIso: string): number {
  return Math.round((new Date(endIso).getTime() - new Date(startIso).getTime()) / 60_000);
}

/** A moment plus some minutes, as an ISO timestamp. */
export function addMinutesIso(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

const clean = (s: string) => s.replace(NO_BREAK_SPACES, ' ');

/**
 * When a meeting takes place, in Brussels time and the UI language: "di 1 dec. 2026, 14:00–15:30";
 * the end repeats the date only when the meeting ends on another day.
 */
export function formatMeetingWhen(startIso: string, endIso: string | null, locale: Locale): string {
  const start = new Date(startIso);
  if (Number.isNaN(start.getTime())) return startIso;
  const tag = intlLocale(locale);
  const dateFormat = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE });
  const timeFormat = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });
  const head = `${clean(dateFormat.format(start))}, ${clean(timeFormat.format(start))}`;
  if (!endIso) return head;
  const end = new Date(endIso);
  if (Number.isNaN(end.getTime())) return head;
  const sameDay = utcIsoToBrussels(startIso).date === utcIsoToBrussels(endIso).date;
  return sameDay ? `${head}–${clean(timeFormat.format(end))}` : `${head} – ${clean(dateFormat.format(end))}, ${clean(timeFormat.format(end))}`;
}

/** A duration in minutes as "1 h 30 min" (nl "1 u 30 min", fr "1 h 30 min"). */
export function formatDuration(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hourUnit = locale === 'nl' ? 'u' : 'h';
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} ${hourUnit}`;
  return `${h} ${hourUnit} ${m} min`;
}

/** Whether a calendar date (YYYY-MM-DD) lies before today in Brussels: an overdue due date. */
export function isBeforeToday(isoDate: string, today: string): boolean {
  return isoDate < today;
}
