import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError, Loading } from '../../ui/Feedback';
import { CheckboxField } from '../../ui/Fields';
import styles from './meeting.module.css';

export const MeetingInviteeOptionsDocument = graphql(`
  query MeetingInviteeOptions($partnershipIds: [ID!]!) {
    meetingInviteeOptions(partnershipIds: $partnershipIds) {
      id
      name
      role
      organisation {
        id
        name
      }
    }
  }
`);

interface Person {
  id: string;
  name: string;
  role: string;
  organisation: { id: string; name: string } | null;
}

/** People grouped for picking: Fedasil first, then each partner organisation by name. */
export function groupPeople(people: readonly Person[], fedasilLabel: string): { key: string; label: string; people: Person[] }[] {
  const groups = new Map<string, { key: string; label: string; people: Person[] }>();
  for (const p of people) {
    const fedasil = p.role === 'ADMIN' || p.role === 'CONTACT_PERSON';
    const key = fedasil ? 'fedasil' : (p.organisation?.id ?? 'none');
    const label = fedasil ? fedasilLabel : (p.organisation?.name ?? '');
    if (!groups.has(key)) groups.set(key, { key, label, people: [] });
    groups.get(key)!.people.push(p);
  }
  const list = [...groups.values()].map((g) => ({ ...g, people: [...g.people].sort((a, b) => a.name.localeCompare(b.name)) }));
  return list.sort((a, b) => (a.key === 'fedasil' ? -1 : b.key === 'fedasil' ? 1 : a.label.localeCompare(b.label)));
}

/**
 * Invitees picked from the people of the chosen partnerships and Fedasil, as checkboxes grouped
 * by organisation (a fieldset each, with "invite everyone of …").
 */
export function InviteePicker({
  partnershipIds,
  selected,
  onChange,
  alwaysInvited = [],
}: {
  partnershipIds: readonly string[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** People the server invites anyway (the organiser; the contact person of an evaluation): shown checked and fixed. */
  alwaysInvited?: readonly string[];
}) {
  const t = useT();
  const { data, loading, error } = useQuery(MeetingInviteeOptionsDocument, {
    variables: { partnershipIds: [...partnershipIds] },
    skip: partnershipIds.length === 0,
  });

  const legend = <legend>{t('schedule.invitees')}</legend>;
  if (partnershipIds.length === 0) {
    return (
      <fieldset className="fieldset">
        {legend}
        <p className="muted">{t('schedule.choosePartnershipFirst')}</p>
      </fieldset>
    );
  }
  if (loading && !data) return <Loading />;
  if (error && !data) return <InlineError error={error} />;
  const groups = groupPeople(data?.meetingInviteeOptions ?? [], t('schedule.fedasil'));
  const isOn = (id: string) => alwaysInvited.includes(id) || selected.includes(id);
  const toggle = (id: string, on: boolean) => onChange(on ? [...new Set([...selected, id])] : selected.filter((s) => s !== id));

  return (
    <fieldset className="fieldset">
      {legend}
      <p className="hint">{t('schedule.inviteesHint')}</p>
      <div className={styles.inviteeGroups}>
        {groups.map((g) => {
          const everyone = g.people.every((p) => isOn(p.id));
          return (
            <fieldset key={g.key} className="fieldset">
              <legend>{g.label}</legend>
              <div className="checkbox-list">
                {g.people.map((p) => (
                  <CheckboxField key={p.id} label={p.name} checked={isOn(p.id)} disabled={alwaysInvited.includes(p.id)} onChange={(on) => toggle(p.id, on)} />
                ))}
              </div>
              {g.people.length > 1 && !everyone && (
                <button type="button" className="link-button" onClick={() => onChange([...new Set([...selected, ...g.people.map((p) => p.id)])])}>
                  {t('schedule.selectAll', { group: g.label })}
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
