import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const SpecificNeedsPanel_household = graphql(`
  fragment SpecificNeedsPanel_household on Household {
    id
    hasSpecificNeeds
    specificNeeds {
      needs
      note
    }
  }
`);

/**
 * Specific needs are need-to-know: the API gives the details only to those who may see them
 * (and logs each read). Everyone else learns only that there are some, and whom to ask.
 */
export function SpecificNeedsPanel({ household }: { household: FragmentType<typeof SpecificNeedsPanel_household> }) {
  const t = useT();
  const h = getFragmentData(SpecificNeedsPanel_household, household);
  if (h.specificNeeds) {
    const { needs, note } = h.specificNeeds;
    if (needs.length === 0 && !note) return <p>{t('household.specificNeedsNone')}</p>;
    return (
      <>
        {needs.length > 0 && (
          <ul className="needs-list">
            {needs.map((n) => (
              <li key={n}>{t(`specificNeed.${n}`)}</li>
            ))}
          </ul>
        )}
        {note && <p className="note">{note}</p>}
      </>
    );
  }
  if (h.hasSpecificNeeds) {
    return (
      <p className="notice" role="note">
        {t('household.specificNeedsNotice')}
      </p>
    );
  }
  return <p>{t('household.specificNeedsNone')}</p>;
}
