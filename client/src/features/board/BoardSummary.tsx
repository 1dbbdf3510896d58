import { useQuery } from '@apollo/client/react';
import { HOUSEHOLD_FLAGS } from '@partner-hub/shared';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { getFragmentData } from '../../gql';
import { InlineError, Loading } from '../../ui/Feedback';
import { BoardDocument } from './boardQuery';
import { BoardRow_household } from './BoardTable';
import styles from './board.module.css';

/**
 * The board in a few words on a home page: households in guidance, how many need attention and
 * why (each a link to the board with that filter), and a prominent link to the board itself.
 */
export function BoardSummary({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT();
  // The same variables as the unfiltered board: one cache entry for both.
  const { data, loading, error } = useQuery(BoardDocument, { variables: { partnershipId: null, flag: null, sort: 'NEXT_DUE' } });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rows = data ? getFragmentData(BoardRow_household, data.board) : [];
  const attention = rows.filter((r) => r.flags.length > 0).length;
  const counts = HOUSEHOLD_FLAGS.map((flag) => ({ flag, count: rows.filter((r) => r.flags.includes(flag)).length })).filter((c) => c.count > 0);

  return (
    <section className="section board-summary" aria-labelledby="board-summary-heading">
      <Heading id="board-summary-heading">{t('board.title')}</Heading>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : (
        <>
          <p data-testid="board-summary">{t('board.homeSummary', { count: rows.length, attention })}</p>
          {counts.length > 0 && (
            <ul className={styles.summaryLinks}>
              {counts.map(({ flag, count }) => (
                <li key={flag}>
                  <Link to={`/board?flag=${flag}`}>{t('board.homeFlag', { label: t(`householdFlag.${flag}`), count })}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p>
        <Link className="button button-primary" to="/board">
          {t('board.open')}
        </Link>
      </p>
    </section>
  );
}
