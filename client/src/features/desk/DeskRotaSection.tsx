import { useQuery } from '@apollo/client/react';
import { intlLocale, useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';

export const DeskRotaDocument = graphql(`
  query DeskRota($partnershipId: ID!) {
    deskRota(partnershipId: $partnershipId) {
      id
      desk
      weekdays
      organisation {
        id
        name
      }
    }
  }
`);

/** ISO weekday (1 = Monday) names in the interface language. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** The desk rota of a partnership: which partner is at which desk on which days (shown when it has one). */
export function DeskRotaSection({ partnershipId }: { partnershipId: string }) {
  const { t, locale } = useI18n();
  const { data, error } = useQuery(DeskRotaDocument, { variables: { partnershipId } });
  if (error && !data) return <InlineError error={error} />;
  const rota = data?.deskRota ?? [];
  if (!rota.length) return null;
  const days = weekdayNames(intlLocale(locale));
  return (
    <section className="section" aria-labelledby="desk-rota-heading" data-testid="desk-rota">
      <h2 id="desk-rota-heading">{t('deskRota.title')}</h2>
      <TableWrap label={t('deskRota.title')}>
        <table className="table" aria-label={t('deskRota.title')}>
          <thead>
            <tr>
              <th scope="col">{t('deskRota.desk')}</th>
              <th scope="col">{t('deskRota.partner')}</th>
              <th scope="col">{t('deskRota.days')}</th>
            </tr>
          </thead>
          <tbody>
            {rota.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.desk}</th>
                <td>{e.organisation.name}</td>
                <td>{e.weekdays.map((d) => days[d - 1]).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
