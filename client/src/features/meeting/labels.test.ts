import {
  ACTION_ITEM_STATUSES,
  AGENDA_SOURCE_TYPES,
  ATTENDANCES,
  EVALUATION_OBJECTIVES,
  EVALUATION_RATING_MAX,
  EVALUATION_RATING_MIN,
  MEETING_KINDS,
  MEETING_STATUSES,
  RSVP_RESPONSES,
} from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../app/i18n';

describe('meeting vocabularies', () => {
  it('has a label for every kind, status, answer, attendance, objective, rating and proposal source, in every language', () => {
    for (const [locale, messages] of Object.entries(DICTIONARIES)) {
      const all = messages as Record<string, string>;
      const keys = [
        ...MEETING_KINDS.map((k) => `meetingKind.${k}`),
        // The one status the pages label: a scheduled meeting carries no badge.
        ...MEETING_STATUSES.filter((s) => s !== 'SCHEDULED').map((s) => `meetingStatus.${s}`),
        ...RSVP_RESPONSES.map((r) => `rsvp.${r}`),
        'rsvp.PENDING',
        ...ATTENDANCES.map((a) => `attendance.${a}`),
        ...ACTION_ITEM_STATUSES.map((s) => `actionStatus.${s}`),
        ...EVALUATION_OBJECTIVES.map((o) => `objective.${o}`),
        ...Array.from({ length: EVALUATION_RATING_MAX - EVALUATION_RATING_MIN + 1 }, (_, i) => `rating.${EVALUATION_RATING_MIN + i}`),
        ...AGENDA_SOURCE_TYPES.map((s) => `agendaSource.${s}`),
      ];
      for (const key of keys) expect(all[key], `${locale} ${key}`).toBeTruthy();
    }
  });
});
