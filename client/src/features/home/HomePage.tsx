import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n';
import { useMe } from '../../app/viewer';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { HouseholdsTable } from '../household/HouseholdsTable';
import { PartnershipsSection } from '../partnership/PartnershipsSection';
import { BoardSummary } from '../board/BoardSummary';
import { FeedbackHomeSection } from '../feedback/FeedbackHomeSection';
import { MyActionItems } from '../meeting/MyActionItems';
import { AdminHome } from './AdminHome';
import { Link } from 'react-router';
import styles from './home.module.css';

export const CoordinatorHomeDocument = graphql(`
  query CoordinatorHome {
    partnerships(first: 50) {
      edges {
        cursor
        node {
          id
          name
          households {
            id
            ...HouseholdsTable_households
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const VolunteerHomeDocument = graphql(`
  query VolunteerHome {
    myHouseholds {
      id
      ...HouseholdsTable_households
    }
  }
`);

function CoordinatorHome() {
  const t = useT();
  const { data, loading, error } = useQuery(CoordinatorHomeDocument);
  if (loading && !data) return <Loading />;
  if (error && !data) return <InlineError error={error} />;
  const partnerships = data?.partnerships.edges.map((e) => e.node) ?? [];
  const boardLink = (
    <p className={styles.homeLinks}>
      <Link className="button button-secondary" to="/board">
        {t('board.open')}
      </Link>
    </p>
  );
  if (partnerships.length === 0) {
    return (
      <section className="section" aria-labelledby="my-partnerships-heading">
        <h2 id="my-partnerships-heading">{t('partnerships.myTitle')}</h2>
        <EmptyState>
          <p>{t('partnerships.emptyCoordinator')}</p>
        </EmptyState>
      </section>
    );
  }
  return (
    <>
      {boardLink}
      <FeedbackHomeSection />
      {partnerships.map((p) => (
        <section key={p.id} className="section" aria-labelledby={`partnership-${p.id}-heading`}>
          <h2 id={`partnership-${p.id}-heading`}>
            <Link to={`/partnerships/${p.id}`}>{p.name}</Link>
          </h2>
          <h3>{t('partnership.households')}</h3>
          {p.households.length === 0 ? (
            <EmptyState>
              <p>{t('households.emptyPartnership')}</p>
              <p>
                <Link to={`/partnerships/${p.id}`}>{t('partnership.registerHousehold')}</Link>
              </p>
            </EmptyState>
          ) : (
            <HouseholdsTable households={p.households} />
          )}
        </section>
      ))}
    </>
  );
}

function VolunteerHome() {
  const t = useT();
  const { data, loading, error } = useQuery(VolunteerHomeDocument);
  return (
    <section className="section" aria-labelledby="my-households-heading">
      <h2 id="my-households-heading">{t('households.myTitle')}</h2>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : !data || data.myHouseholds.length === 0 ? (
        <EmptyState>
          <p>{t('households.emptyVolunteer')}</p>
        </EmptyState>
      ) : (
        <HouseholdsTable households={data.myHouseholds} showPartnership />
      )}
    </section>
  );
}

/** Home: what matters first for each role. */
export function HomePage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('home.title'));
  return (
    <div className="page">
      <h1>{t('home.welcome', { name: me.name })}</h1>
      {/* What the viewer agreed to do in meetings, overdue first: the same for every role. */}
      <MyActionItems />
      {me.role === 'ADMIN' && <AdminHome />}
      {me.role === 'CONTACT_PERSON' && (
        <>
          <BoardSummary />
          <FeedbackHomeSection />
          <PartnershipsSection title={t('partnerships.myTitle')} empty={<p>{t('partnerships.emptyContact')}</p>} />
          <p>
            <Link to="/dashboard">{t('dashboard.link')}</Link>
          </p>
        </>
      )}
      {me.role === 'COORDINATOR' && <CoordinatorHome />}
      {me.role === 'VOLUNTEER' && <VolunteerHome />}
    </div>
  );
}
