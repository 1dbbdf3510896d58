import { fieldLabel } from '../../app/errors';
import { useI18n, type I18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { HouseholdTimeline_HouseholdFragment } from '../../gql/graphql';
import { EmptyState } from '../../ui/Feedback';
import styles from './progress.module.css';

export const HouseholdTimeline_household = graphql(`
  fragment HouseholdTimeline_household on Household {
    id
    timeline {
      id
      at
      kind
      actor {
        id
        name
      }
      stepKey
      stepLabel {
        nl
        fr
        en
      }
      fromStatus
      toStatus
      fields
      date
      endReason
      note
      memberName
      joined
      fromPartnership
      toPartnership
    }
  }
`);

type Entry = HouseholdTimeline_HouseholdFragment['timeline'][number];

/** What happened, in words: "Bank account opened: To do → Done", "Housing recorded (changed: lease end)". */
export function describeEntry(entry: Entry, { t, localize, formatDate }: Pick<I18n, 't' | 'localize' | 'formatDate'>): string {
  const kind = t(`eventKind.${entry.kind}`);
  if (entry.kind === 'STEP_UPDATED') {
    if (!entry.stepLabel) return kind;
    const label = localize(entry.stepLabel);
    if (entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus) {
      return t('timeline.stepChange', { label, from: t(`stepStatus.${entry.fromStatus}`), to: t(`stepStatus.${entry.toStatus}`) });
    }
    return t('timeline.stepUpdated', { label });
  }
  const date = entry.date ? formatDate(entry.date) : '';
  const withNote = (text: string) => (entry.note ? `${text} · ${entry.note}` : text);
  if (entry.kind === 'MEMBER_JOINED' && entry.memberName && entry.joined) return t('timeline.memberJoined', { name: entry.memberName, how: t(`memberJoining.${entry.joined}`), date });
  if (entry.kind === 'MEMBER_LEFT' && entry.memberName) return t('timeline.memberLeft', { name: entry.memberName, date });
  if (entry.kind === 'GUIDANCE_ENDED_EARLY' && entry.endReason) return withNote(t('timeline.endedEarly', { reason: t(`endReason.${entry.endReason}`), date }));
  if (entry.kind === 'HOUSEHOLD_TRANSFERRED' && entry.fromPartnership && entry.toPartnership)
    return withNote(t('timeline.transferred', { from: entry.fromPartnership, to: entry.toPartnership, date }));
  const parts = [kind];
  if (entry.date) parts[0] = `${kind}: ${date}`;
  // Field names only (never values): the timeline does not reveal specific needs.
  const fields = [...new Set(entry.fields)].map((f) => fieldLabel(f, t).toLocaleLowerCase());
  if (fields.length > 0) parts.push(t('timeline.fields', { fields: fields.join(', ') }));
  return parts.join(' · ');
}

/** Every change to the household, oldest first, with who made it and when (Brussels time). */
export function HouseholdTimeline({ household }: { household: FragmentType<typeof HouseholdTimeline_household> }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const h = getFragmentData(HouseholdTimeline_household, household);
  if (h.timeline.length === 0) {
    return (
      <EmptyState>
        <p>{t('timeline.empty')}</p>
      </EmptyState>
    );
  }
  return (
    <ol className="timeline" data-testid="timeline">
      {h.timeline.map((entry) => (
        <li key={entry.id} className="timeline-entry">
          <p className={styles.timelineWhat}>{describeEntry(entry, i18n)}</p>
          <p className={styles.timelineMeta}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            {' · '}
            {entry.actor ? t('timeline.by', { name: entry.actor.name }) : t('timeline.system')}
          </p>
        </li>
      ))}
    </ol>
  );
}
