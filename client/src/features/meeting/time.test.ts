import { describe, expect, it } from 'vitest';
import { brusselsOffsetLabel, brusselsToUtcIso, formatDuration, formatMeetingWhen, utcIsoToBrussels } from './time';

describe('Brussels wall-clock time of meetings', () => {
  it('converts winter and summer times to UTC (one or two hours earlier)', () => {
    expect(brusselsToUtcIso('2026-12-01', '14:00')).toBe('2026-12-01T13:00:00.000Z');
    expect(brusselsToUtcIso('2026-07-01', '09:30')).toBe('2026-07-01T07:30:00.000Z');
    expect(brusselsToUtcIso('2027-01-01', '00:15')).toBe('2026-12-31T23:15:00.000Z');
  });

  it('handles the daylight-saving changes: a skipped time moves forward, a repeated time is its first occurrence', () => {
    // 29 March 2026: 02:00 -> 03:00. 02:30 does not exist in Brussels.
    expect(brusselsToUtcIso('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(brusselsToUtcIso('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(brusselsToUtcIso('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 03:00 -> 02:00. 02:30 happens twice; the first is still summer time.
    expect(brusselsToUtcIso('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(brusselsToUtcIso('2026-10-25', '03:30')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('refuses dates and times that are not valid', () => {
    expect(brusselsToUtcIso('2026-02-30', '10:00')).toBeNull();
    expect(brusselsToUtcIso('2026-12-01', '24:00')).toBeNull();
    expect(brusselsToUtcIso('', '10:00')).toBeNull();
    expect(brusselsToUtcIso('2026-12-01', '')).toBeNull();
  });

  it('reads a moment back as the Brussels date and time (round trip)', () => {
    expect(utcIsoToBrussels('2026-12-01T13:00:00.000Z')).toEqual({ date: '2026-12-01', time: '14:00' });
    expect(utcIsoToBrussels('2026-06-30T22:30:00.000Z')).toEqual({ date: '2026-07-01', time: '00:30' });
    for (const [date, time] of [
      ['2026-03-28', '23:45'],
      ['2026-10-25', '04:00'],
      ['2026-08-15', '12:00'],
    ] as const) {
      expect(utcIsoToBrussels(brusselsToUtcIso(date, time)!)).toEqual({ date, time });
    }
  });

  it('names the offset of winter and summer time', () => {
    expect(brusselsOffsetLabel(new Date('2026-12-01T13:00:00Z'))).toBe('UTC+01:00');
    expect(brusselsOffsetLabel(new Date('2026-07-01T07:30:00Z'))).toBe('UTC+02:00');
  });

  it('formats when a meeting takes place in the UI language, in Brussels time', () => {
    const start = '2026-12-01T13:00:00.000Z';
    const end = '2026-12-01T14:30:00.000Z';
    expect(formatMeetingWhen(start, end, 'en')).toMatch(/1 Dec 2026, 14:00–15:30$/);
    expect(formatMeetingWhen(start, end, 'nl')).toMatch(/1 dec\.? 2026, 14:00–15:30$/);
    expect(formatMeetingWhen(start, end, 'fr')).toMatch(/1 déc\.? 2026, 14:00–15:30$/);
    expect(formatMeetingWhen(start, null, 'en')).toMatch(/14:00$/);
  });

  it('formats durations', () => {
    expect(formatDuration(90, 'nl')).toBe('1 u 30 min');
    expect(formatDuration(60, 'en')).toBe('1 h');
    expect(formatDuration(45, 'fr')).toBe('45 min');
  });
});
