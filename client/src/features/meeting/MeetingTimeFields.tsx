import { useId } from 'react';
import { useT } from '../../app/i18n';
import { TextField } from '../../ui/Fields';
import { addMinutesIso, brusselsOffsetLabel, brusselsToUtcIso, minutesBetween, utcIsoToBrussels } from './time';
import styles from './meeting.module.css';

/** The time part of a meeting form, all in Brussels wall-clock time. */
export interface TimeDraft {
  date: string;
  start: string;
  mode: 'duration' | 'end';
  duration: string;
  endDate: string;
  end: string;
}

export function newTimeDraft(date = '', start = '10:00', duration = 60): TimeDraft {
  return { date, start, mode: 'duration', duration: String(duration), endDate: date, end: '' };
}

/** A draft from a meeting's Brussels start and end (YYYY-MM-DDTHH:mm), for rescheduling. */
export function timeDraftFrom(startsAtLocal: string, endsAtLocal: string): TimeDraft {
  const [date = '', start = ''] = startsAtLocal.split('T');
  const [endDate = '', end = ''] = endsAtLocal.split('T');
  const startIso = brusselsToUtcIso(date, start);
  const endIso = brusselsToUtcIso(endDate, end);
  const minutes = startIso && endIso ? minutesBetween(startIso, endIso) : 60;
  return { date, start, mode: 'duration', duration: String(minutes), endDate, end };
}

export type TimeProblem = 'schedule.invalidDate' | 'schedule.invalidEnd';

/**
 * The Brussels start and end (YYYY-MM-DDTHH:mm, as the API takes them) of a draft, or what is
 * wrong. A duration is added to the real moment of the start, so a meeting across a
 * daylight-saving change still lasts as long as it says.
 */
export function resolveTimes(d: TimeDraft): { startsAt: string; endsAt: string } | { problem: TimeProblem } {
  const startIso = brusselsToUtcIso(d.date, d.start);
  if (!startIso) return { problem: 'schedule.invalidDate' };
  let endIso: string | null;
  if (d.mode === 'duration') {
    const minutes = Number(d.duration);
    if (!Number.isInteger(minutes) || minutes <= 0 || minutes > 24 * 60) return { problem: 'schedule.invalidEnd' };
    endIso = addMinutesIso(startIso, minutes);
  } else {
    endIso = brusselsToUtcIso(d.endDate || d.date, d.end);
  }
  if (!endIso || endIso <= startIso) return { problem: 'schedule.invalidEnd' };
  const s = utcIsoToBrussels(startIso);
  const e = utcIsoToBrussels(endIso);
  return { startsAt: `${s.date}T${s.time}`, endsAt: `${e.date}T${e.time}` };
}

/** Date, start, duration or end, with the time zone said in words (and its offset on that day). */
export function MeetingTimeFields({ value, onChange, errors }: { value: TimeDraft; onChange: (v: TimeDraft) => void; errors?: { start?: string[]; end?: string[] } }) {
  const t = useT();
  const modeName = useId();
  const set = (patch: Partial<TimeDraft>) => onChange({ ...value, ...patch });
  const startIso = brusselsToUtcIso(value.date, value.start);
  const offset = brusselsOffsetLabel(startIso ? new Date(startIso) : new Date());

  return (
    <fieldset className="fieldset">
      <legend>{t('meeting.when')}</legend>
      <p className={styles.timeZoneNote} id={`${modeName}-zone`} data-testid="time-zone-note">
        {t('schedule.timeZone', { offset })}
      </p>
      <div className="grid grid-2">
        <TextField
          label={t('schedule.date')}
          type="date"
          value={value.date}
          onChange={(date) => set({ date, endDate: value.endDate === value.date || !value.endDate ? date : value.endDate })}
          required
          errors={errors?.start}
        />
        <TextField label={t('schedule.startTime')} type="time" value={value.start} onChange={(start) => set({ start })} required hint={t('meeting.brusselsTime')} />
      </div>
      <div className={styles.ratingOptions} role="radiogroup" aria-label={t('schedule.endMode')}>
        <label>
          <input type="radio" name={modeName} checked={value.mode === 'duration'} onChange={() => set({ mode: 'duration' })} />
          {t('schedule.byDuration')}
        </label>
        <label>
          <input type="radio" name={modeName} checked={value.mode === 'end'} onChange={() => set({ mode: 'end', endDate: value.endDate || value.date })} />
          {t('schedule.byEnd')}
        </label>
      </div>
      {value.mode === 'duration' ? (
        <TextField
          label={t('schedule.duration')}
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          step={5}
          value={value.duration}
          onChange={(duration) => set({ duration })}
          errors={errors?.end}
        />
      ) : (
        <div className="grid grid-2">
          <TextField label={t('schedule.endDate')} type="date" value={value.endDate} onChange={(endDate) => set({ endDate })} />
          <TextField label={t('schedule.endTime')} type="time" value={value.end} onChange={(end) => set({ end })} hint={t('meeting.brusselsTime')} errors={errors?.end} />
        </div>
      )}
    </fieldset>
  );
}
