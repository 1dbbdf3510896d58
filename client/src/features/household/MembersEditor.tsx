import { MEMBER_JOININGS, RELATIONSHIPS, type MemberJoining, type Relationship } from '@partner-hub/shared';
import { todayInBrussels } from '../../app/format';
import type { MessageKey } from '../../app/i18n';
import { useT } from '../../app/i18n';
import { SelectField, TextField } from '../../ui/Fields';

/** One family member being edited; `id` keeps an existing member when the list is saved. */
export interface MemberRow {
  key: string;
  id?: string;
  firstName: string;
  lastName: string;
  birthYear: string;
  relationship: Relationship;
  /** How the member joined; a new member after the arrival says it (born, family reunification). */
  joined?: MemberJoining;
  joinedOn?: string;
  /** The day the member left the household ('' while they are part of it). */
  leftOn?: string;
}

let rowCounter = 0;

export function newMemberRow(relationship: Relationship = 'CHILD', arrived = false): MemberRow {
  rowCounter += 1;
  return { key: `new-${rowCounter}`, firstName: '', lastName: '', birthYear: '', relationship, ...(arrived ? { joined: 'BORN' as const, joinedOn: todayInBrussels() } : {}) };
}

export function memberRowsFrom(
  members: readonly { id: string; firstName: string; lastName: string; birthYear: number; relationship: Relationship; joined?: MemberJoining; joinedOn?: string | null; leftOn?: string | null }[],
): MemberRow[] {
  return members.map((m) => ({
    key: m.id,
    id: m.id,
    firstName: m.firstName,
    lastName: m.lastName,
    birthYear: String(m.birthYear),
    relationship: m.relationship,
    joined: m.joined,
    joinedOn: m.joinedOn ?? '',
    leftOn: m.leftOn ?? '',
  }));
}

/** The rule the server enforces too: at least one member, exactly one head of household. */
export function validateMembers(rows: readonly MemberRow[], thisYear = new Date().getFullYear()): MessageKey | null {
  if (rows.length === 0) return 'error.HOUSEHOLD_NEEDS_MEMBER';
  const complete = (r: MemberRow) => {
    const year = Number(r.birthYear);
    return r.firstName.trim() !== '' && r.lastName.trim() !== '' && /^\d{4}$/.test(r.birthYear.trim()) && year >= 1900 && year <= thisYear;
  };
  if (!rows.every(complete)) return 'error.memberIncomplete';
  if (rows.filter((r) => r.relationship === 'HEAD').length !== 1) return 'error.HEAD_OF_HOUSEHOLD_REQUIRED';
  return null;
}

export function toMemberInputs(rows: readonly MemberRow[]) {
  return rows.map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    firstName: r.firstName.trim(),
    lastName: r.lastName.trim(),
    birthYear: Number.parseInt(r.birthYear, 10),
    relationship: r.relationship,
    ...(r.joined ? { joined: r.joined, joinedOn: r.joined === 'WITH_HOUSEHOLD' ? null : r.joinedOn || null } : {}),
    ...(r.leftOn !== undefined ? { leftOn: r.leftOn || null } : {}),
  }));
}

/** Rows of family members (first/last name, birth year, relationship), with add and remove buttons. */
/**
 * `arrived`: the arrival is recorded, so a new member says how and when they joined and any member
 * may get a leaving date; `canCorrectArrival` (Fedasil staff) may also add one who arrived with the household.
 */
export function MembersEditor({
  rows,
  onChange,
  arrived = false,
  canCorrectArrival = false,
}: {
  rows: MemberRow[];
  onChange: (rows: MemberRow[]) => void;
  arrived?: boolean;
  canCorrectArrival?: boolean;
}) {
  const t = useT();
  const maxYear = new Date().getFullYear();
  const update = (key: string, patch: Partial<MemberRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const relationshipOptions = RELATIONSHIPS.map((r) => ({ value: r, label: t(`relationship.${r}`) }));
  const joiningOptions = MEMBER_JOININGS.filter((j) => canCorrectArrival || j !== 'WITH_HOUSEHOLD').map((j) => ({ value: j, label: t(`memberJoining.${j}`) }));
  const today = todayInBrussels();

  return (
    <fieldset className="fieldset">
      <legend>{t('household.members')}</legend>
      <p className="hint">{t('household.oneHeadHint')}</p>
      {arrived && <p className="hint">{t('member.compositionHint')}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <fieldset key={row.key} className="member-row">
            <legend>{t('household.member', { n })}</legend>
            <div className="grid grid-4">
              <TextField label={t('household.firstName')} value={row.firstName} onChange={(firstName) => update(row.key, { firstName })} autoComplete="off" required />
              <TextField label={t('household.lastName')} value={row.lastName} onChange={(lastName) => update(row.key, { lastName })} autoComplete="off" required />
              <TextField
                label={t('household.birthYear')}
                type="number"
                inputMode="numeric"
                min={1900}
                max={maxYear}
                value={row.birthYear}
                onChange={(birthYear) => update(row.key, { birthYear })}
                required
              />
              <SelectField label={t('household.relationship')} value={row.relationship} options={relationshipOptions} onChange={(relationship) => update(row.key, { relationship })} required />
            </div>
            {arrived && (
              <div className="grid grid-4">
                {!row.id && <SelectField label={t('member.joined')} value={row.joined ?? 'BORN'} options={joiningOptions} onChange={(joined) => update(row.key, { joined })} required />}
                {!row.id && row.joined !== 'WITH_HOUSEHOLD' && (
                  <TextField label={t('member.joinedOn')} type="date" max={today} value={row.joinedOn ?? ''} onChange={(joinedOn) => update(row.key, { joinedOn })} required />
                )}
                {row.id && (
                  <TextField label={t('member.leftOn')} type="date" max={today} optional hint={t('member.leftOnHint')} value={row.leftOn ?? ''} onChange={(leftOn) => update(row.key, { leftOn })} />
                )}
              </div>
            )}
            {rows.length > 1 && (
              <button type="button" className="button button-danger-outline button-small" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                {t('household.removeMember', { n })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button button-secondary" onClick={() => onChange([...rows, newMemberRow('CHILD', arrived)])}>
        {t('household.addMember')}
      </button>
    </fieldset>
  );
}
