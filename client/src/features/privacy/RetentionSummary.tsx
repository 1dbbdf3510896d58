import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';

export const ProgrammeRetentionDocument = graphql(`
  query ProgrammeRetention {
    programmes {
      id
      code
      retention {
        id
        householdMonthsAfterGuidance
        accessLogMonths
      }
    }
  }
`);

/** One line on a programme's page: how long it keeps household data and the access log. */
export function RetentionSummary({ programme }: { programme: string }) {
  const t = useT();
  const { data } = useQuery(ProgrammeRetentionDocument);
  const p = data?.programmes.find((x) => x.code === programme);
  if (!p) return null;
  return (
    <p className="muted retention-summary" data-testid="retention-summary">
      {t('privacy.retention.summary', { months: p.retention.householdMonthsAfterGuidance, logMonths: p.retention.accessLogMonths })}
    </p>
  );
}
