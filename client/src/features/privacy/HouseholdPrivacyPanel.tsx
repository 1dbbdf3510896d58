import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { HouseholdExport } from './HouseholdExport';

export const HouseholdPrivacyPanel_household = graphql(`
  fragment HouseholdPrivacyPanel_household on Household {
    id
    members {
      id
      firstName
      lastName
    }
    erasure {
      mode
      erasedAt
    }
  }
`);

/**
 * On the household page: `notice` (at the top, for everyone) says that its personal data was
 * erased; `admin` (further down, admins only) exports it and leads to its erasure.
 */
export function HouseholdPrivacyPanel({ household, part }: { household: FragmentType<typeof HouseholdPrivacyPanel_household>; part: 'notice' | 'admin' }) {
  const { t, formatDateTime } = useI18n();
  const { me } = useViewer();
  const h = getFragmentData(HouseholdPrivacyPanel_household, household);
  const notice = h.erasure && (
    <p className="alert alert-info" role="note" data-testid="household-erased">
      {t(h.erasure.mode === 'RETENTION' ? 'privacy.householdErased.RETENTION' : 'privacy.householdErased.REQUEST', { date: h.erasure.erasedAt ? formatDateTime(h.erasure.erasedAt) : '…' })}
    </p>
  );
  if (part === 'notice') return notice || null;
  if (me?.role !== 'ADMIN') return null;
  return (
    <section className="section" aria-labelledby="household-privacy-heading">
      <h2 id="household-privacy-heading">{t('privacy.householdPanel.title')}</h2>
      <HouseholdExport householdId={h.id} members={h.members} />
      {!h.erasure && (
        <p>
          <Link to={`/admin/privacy?household=${encodeURIComponent(h.id)}`}>{t('privacy.householdPanel.erase')}</Link>
        </p>
      )}
    </section>
  );
}
