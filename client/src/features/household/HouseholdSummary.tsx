import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { DateText } from '../../ui/Values';
import { HouseholdStatusBadge } from './HouseholdStatusBadge';

export const HouseholdSummary_household = graphql(`
  fragment HouseholdSummary_household on Household {
    id
    status
    arrivalRoute
    plannedArrivalDate
    arrivalDate
    guidanceStart
    guidanceEnd
    guidanceExtended
    endedOn
    endReason
    endNote
  }
`);

export function HouseholdSummary({ household }: { household: FragmentType<typeof HouseholdSummary_household> }) {
  const { t, formatDate } = useI18n();
  const h = getFragmentData(HouseholdSummary_household, household);
  return (
    <dl className="details">
      <div>
        <dt>{t('household.status')}</dt>
        <dd>
          <HouseholdStatusBadge status={h.status} />
        </dd>
      </div>
      <div>
        <dt>{t('household.arrivalRoute')}</dt>
        <dd>{t(`arrivalRoute.${h.arrivalRoute}`)}</dd>
      </div>
      <div>
        <dt>{t('household.plannedArrival')}</dt>
        <dd>
          <DateText iso={h.plannedArrivalDate} />
        </dd>
      </div>
      <div>
        <dt>{t('household.arrivalDate')}</dt>
        <dd>
          <DateText iso={h.arrivalDate} />
        </dd>
      </div>
      <div>
        <dt>{t('household.guidanceStart')}</dt>
        <dd>
          <DateText iso={h.guidanceStart} />
        </dd>
      </div>
      <div>
        <dt>{t('household.guidanceEnd')}</dt>
        <dd>
          <DateText iso={h.guidanceEnd} />
        </dd>
      </div>
      <div>
        <dt>{t('household.extended')}</dt>
        <dd>{h.guidanceExtended ? t('app.yes') : t('app.no')}</dd>
      </div>
      {h.endedOn && h.endReason && (
        <div>
          <dt>{t('lifecycle.endedEarly')}</dt>
          <dd data-testid="ended-early">
            {t('lifecycle.endedEarlyValue', { reason: t(`endReason.${h.endReason}`), date: formatDate(h.endedOn) })}
            {h.endNote && <span className="muted"> · {h.endNote}</span>}
          </dd>
        </div>
      )}
    </dl>
  );
}
