import { useApolloClient, useMutation } from '@apollo/client/react';
import { LANDLORD_KINDS, type LandlordKind } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { centsToInput, parseEuroToCents, todayInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { QueuedWriteState } from '../../app/offline/QueuedWriteState';
import { offlineWrites } from '../../app/offline/writes';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { HousingInput, HousingPanel_HouseholdFragment } from '../../gql/graphql';
import { Disclosure } from '../../ui/Disclosure';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { DateText, Money } from '../../ui/Values';
import { housingTarget, showHousingChange } from './offlineWrites';
import styles from './progress.module.css';

export const HousingPanel_household = graphql(`
  fragment HousingPanel_household on Household {
    id
    arrivalDate
    plannedArrivalDate
    guidanceStart
    nextHomeSearchDueFrom
    flags
    viewerCan {
      updateHousing
    }
    housing {
      id
      version
      street
      postalCode
      city
      leaseStart
      leaseEnd
      monthlyRentCents
      landlordKind
      movedInOn
      coversFirstYear
      nextHomeSearchStartedOn
      nextHomeFoundOn
    }
  }
`);

export const StartNextHomeSearchDocument = graphql(`
  mutation StartNextHomeSearch($householdId: ID!, $on: String) {
    startNextHomeSearch(householdId: $householdId, on: $on) {
      id
      ...HouseholdProgress_household
    }
  }
`);

export const RecordNextHomeFoundDocument = graphql(`
  mutation RecordNextHomeFound($householdId: ID!, $on: String) {
    recordNextHomeFound(householdId: $householdId, on: $on) {
      id
      ...HouseholdProgress_household
    }
  }
`);

type Housing = NonNullable<HousingPanel_HouseholdFragment['housing']>;

/** Address, lease, rent, landlord and moving in; empty fields are cleared. */
function HousingForm({ householdId, housing, onDone }: { householdId: string; housing: Housing | null; onDone: () => void }) {
  const { t, locale } = useI18n();
  const [street, setStreet] = useState(housing?.street ?? '');
  const [postalCode, setPostalCode] = useState(housing?.postalCode ?? '');
  const [city, setCity] = useState(housing?.city ?? '');
  const [leaseStart, setLeaseStart] = useState(housing?.leaseStart ?? '');
  const [leaseEnd, setLeaseEnd] = useState(housing?.leaseEnd ?? '');
  const [rent, setRent] = useState(housing?.monthlyRentCents != null ? centsToInput(housing.monthlyRentCents, locale) : '');
  const [landlordKind, setLandlordKind] = useState<LandlordKind | ''>(housing?.landlordKind ?? '');
  const [movedInOn, setMovedInOn] = useState(housing?.movedInOn ?? '');
  const [rentError, setRentError] = useState<string | null>(null);
  const [leaseError, setLeaseError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const client = useApolloClient();
  const example = centsToInput(65_000, locale);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = rent.trim() ? parseEuroToCents(rent) : null;
    const badRent = rent.trim() !== '' && cents === null;
    const badLease = Boolean(leaseStart && leaseEnd && leaseEnd <= leaseStart);
    setRentError(badRent ? t('housing.rentInvalid', { example }) : null);
    setLeaseError(badLease ? t('error.LEASE_DATES_INVALID') : null);
    if (badRent || badLease) return;
    const input: HousingInput = {
      street: street.trim() || null,
      postalCode: postalCode.trim() || null,
      city: city.trim() || null,
      leaseStart: leaseStart || null,
      leaseEnd: leaseEnd || null,
      monthlyRentCents: cents,
      landlordKind: landlordKind || null,
      movedInOn: movedInOn || null,
    };
    // Through the device's write queue: sent now when online (the household's plan, flags and
    // timeline are reloaded after it), kept and sent later when not.
    setError(null);
    setLoading(true);
    const { clientId, settled } = offlineWrites.enqueue({ kind: 'housing', target: housingTarget(householdId), payload: { householdId, input }, expectedVersion: housing?.version ?? 1 });
    const outcome = await settled;
    setLoading(false);
    if (outcome.status === 'failed') {
      offlineWrites.discard(clientId);
      setError(outcome.error);
      return;
    }
    if (outcome.status !== 'sent') showHousingChange(client, housing?.id ?? null, input);
    onDone();
  };

  const clientError = rentError ?? leaseError;

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="housing-form-title">
      <h3 id="housing-form-title">{housing ? t('housing.edit') : t('housing.record')}</h3>
      <TextField label={t('organisations.street')} optional value={street} onChange={setStreet} autoComplete="off" />
      <div className="grid grid-2">
        <TextField label={t('organisations.postalCode')} optional value={postalCode} onChange={setPostalCode} inputMode="numeric" autoComplete="off" />
        <TextField label={t('organisations.city')} optional value={city} onChange={setCity} autoComplete="off" />
        <TextField label={t('housing.leaseStart')} type="date" optional value={leaseStart} onChange={setLeaseStart} />
        <TextField
          label={t('housing.leaseEnd')}
          type="date"
          optional
          value={leaseEnd}
          onChange={(v) => {
            setLeaseEnd(v);
            setLeaseError(null);
          }}
          errors={leaseError ? [leaseError] : undefined}
        />
        <TextField
          label={t('housing.rentInput')}
          optional
          inputMode="decimal"
          hint={t('housing.rentHint', { example })}
          value={rent}
          onChange={(v) => {
            setRent(v);
            setRentError(null);
          }}
          errors={rentError ? [rentError] : undefined}
          autoComplete="off"
        />
        <SelectField<LandlordKind>
          label={t('housing.landlord')}
          optional
          value={landlordKind}
          onChange={setLandlordKind}
          placeholder={t('housing.landlordUnknown')}
          options={LANDLORD_KINDS.map((k) => ({ value: k, label: t(`landlordKind.${k}`) }))}
        />
        <TextField label={t('housing.movedIn')} type="date" optional value={movedInOn} onChange={setMovedInOn} />
      </div>
      <FormError message={clientError} error={clientError ? undefined : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('app.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A date (today by default) and a button: the start of the next-home search, or the home found. */
function DatedActionForm({ householdId, action, title, hint, onDone }: { householdId: string; action: 'start' | 'found'; title: string; hint?: string; onDone: () => void }) {
  const { t } = useI18n();
  const [on, setOn] = useState(() => todayInBrussels());
  const [start, startState] = useMutation(StartNextHomeSearchDocument);
  const [found, foundState] = useMutation(RecordNextHomeFoundDocument);
  const { loading, error } = action === 'start' ? startState : foundState;
  const titleId = `next-home-${action}-title`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const variables = { householdId, on: on || null };
      await (action === 'start' ? start({ variables }) : found({ variables }));
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>{title}</h4>
      {hint && <p className="hint">{hint}</p>}
      <TextField label={t('housing.onDate')} type="date" value={on} onChange={setOn} required />
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading || !on}>
          {loading ? t('app.saving') : t('app.save')}
        </button>
      </div>
    </form>
  );
}

/** Housing: the home found and its lease (with a warning when it is too short), and the next-home search. */
export function HousingPanel({ household }: { household: FragmentType<typeof HousingPanel_household> }) {
  const { t } = useI18n();
  const h = getFragmentData(HousingPanel_household, household);
  const housing = h.housing;
  const canUpdate = h.viewerCan.updateHousing;
  const [saved, setSaved] = useState<string | null>(null);
  const hasHome = Boolean(housing && (housing.street || housing.city || housing.leaseStart || housing.movedInOn));
  const searchDue = h.flags.includes('NEXT_HOME_SEARCH_NOT_STARTED');
  const address = housing ? [housing.street, [housing.postalCode, housing.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';

  return (
    <>
      {housing?.coversFirstYear === false && (
        <p className={`notice ${styles.noticeWarning}`} data-testid="lease-warning">
          <span aria-hidden="true">⚠ </span>
          {t('housing.leaseTooShort')}
        </p>
      )}
      {!hasHome ? (
        <p>{t('housing.none')}</p>
      ) : (
        housing && (
          <dl className="details">
            <div>
              <dt>{t('housing.address')}</dt>
              <dd>{address || <span className="muted">{t('app.notSet')}</span>}</dd>
            </div>
            <div>
              <dt>{t('housing.leaseStart')}</dt>
              <dd>
                <DateText iso={housing.leaseStart} />
              </dd>
            </div>
            <div>
              <dt>{t('housing.leaseEnd')}</dt>
              <dd>
                <DateText iso={housing.leaseEnd} />
              </dd>
            </div>
            <div>
              <dt>{t('housing.rent')}</dt>
              <dd>{housing.monthlyRentCents != null ? <Money cents={housing.monthlyRentCents} /> : <span className="muted">{t('app.notSet')}</span>}</dd>
            </div>
            <div>
              <dt>{t('housing.landlord')}</dt>
              <dd>{housing.landlordKind ? t(`landlordKind.${housing.landlordKind}`) : <span className="muted">{t('app.notSet')}</span>}</dd>
            </div>
            <div>
              <dt>{t('housing.movedIn')}</dt>
              <dd>
                <DateText iso={housing.movedInOn} />
              </dd>
            </div>
          </dl>
        )
      )}
      <QueuedWriteState target={housingTarget(h.id)} what={t('offline.housing')} />
      {canUpdate && (
        <Disclosure label={hasHome ? t('housing.edit') : t('housing.record')}>
          {(close) => (
            <HousingForm
              householdId={h.id}
              housing={housing}
              onDone={() => {
                setSaved(t('housing.saved'));
                close();
              }}
            />
          )}
        </Disclosure>
      )}
      {saved && <StatusMessage>{saved}</StatusMessage>}

      <h3 className="subsection-title">{t('housing.nextHome')}</h3>
      <p className="muted">{t('housing.nextHomeIntro')}</p>
      {searchDue && <p className={`notice ${styles.noticeWarning}`}>{t('housing.searchDue')}</p>}
      <dl className="details">
        <div>
          <dt>{t('housing.searchDueFrom')}</dt>
          <dd>
            <DateText iso={h.nextHomeSearchDueFrom} />
          </dd>
        </div>
        <div>
          <dt>{t('housing.searchStarted')}</dt>
          <dd>{housing?.nextHomeSearchStartedOn ? <DateText iso={housing.nextHomeSearchStartedOn} /> : <span className="muted">{t('housing.notYet')}</span>}</dd>
        </div>
        <div>
          <dt>{t('housing.nextHomeFound')}</dt>
          <dd>{housing?.nextHomeFoundOn ? <DateText iso={housing.nextHomeFoundOn} /> : <span className="muted">{t('housing.notYet')}</span>}</dd>
        </div>
      </dl>
      {canUpdate && !housing?.nextHomeFoundOn && (
        <div className="actions">
          {!housing?.nextHomeSearchStartedOn && (
            <Disclosure label={t('housing.startSearch')}>{(close) => <DatedActionForm householdId={h.id} action="start" title={t('housing.startSearch')} onDone={close} />}</Disclosure>
          )}
          <Disclosure label={t('housing.recordFound')}>
            {(close) => <DatedActionForm householdId={h.id} action="found" title={t('housing.recordFound')} hint={t('housing.recordFoundHint')} onDone={close} />}
          </Disclosure>
        </div>
      )}
    </>
  );
}
