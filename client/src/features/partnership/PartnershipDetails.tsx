import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Badge, DateText } from '../../ui/Values';

export const PartnershipDetails_partnership = graphql(`
  fragment PartnershipDetails_partnership on Partnership {
    id
    programme {
      id
      code
    }
    track
    status
    agreementStart
    agreementEnd
    capacityPledged
    personsCount
  }
`);

export function PartnershipDetails({ partnership }: { partnership: FragmentType<typeof PartnershipDetails_partnership> }) {
  const t = useT();
  const p = getFragmentData(PartnershipDetails_partnership, partnership);
  return (
    <dl className="details">
      <div>
        <dt>{t('partnership.programme')}</dt>
        <dd>{t(`programme.${p.programme.code}`)}</dd>
      </div>
      <div>
        <dt>{t('partnership.track')}</dt>
        <dd>{t(`track.${p.track}`)}</dd>
      </div>
      <div>
        <dt>{t('partnership.status')}</dt>
        <dd>
          <Badge tone={p.status === 'ACTIVE' ? 'success' : p.status === 'DRAFT' ? 'info' : 'neutral'}>{t(`partnershipStatus.${p.status}`)}</Badge>
        </dd>
      </div>
      <div>
        <dt>{t('partnership.agreementStart')}</dt>
        <dd>
          <DateText iso={p.agreementStart} />
        </dd>
      </div>
      <div>
        <dt>{t('partnership.agreementEnd')}</dt>
        <dd>
          <DateText iso={p.agreementEnd} />
        </dd>
      </div>
      <div>
        <dt>{t('partnership.capacity')}</dt>
        <dd>{p.capacityPledged}</dd>
      </div>
      <div>
        <dt>{t('partnership.personsCount')}</dt>
        <dd>{p.personsCount}</dd>
      </div>
    </dl>
  );
}
