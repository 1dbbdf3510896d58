import { freshWhenOnline } from '../../app/offline/network';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError } from '../../ui/Feedback';
import { ThreadList } from './InboxPage';

export const PartnershipThreadsDocument = graphql(`
  query PartnershipThreads($partnershipId: ID!) {
    threads(partnershipId: $partnershipId, first: 20) {
      edges {
        cursor
        node {
          id
          ...ThreadList_thread
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

/**
 * "Messages" on a partnership page (its conversation and its threads) or a household page
 * (the household's conversation).
 */
export function MessagesSection(props: { partnershipId: string } | { householdId: string }) {
  const t = useT();
  const headingId = useId();
  const isHousehold = 'householdId' in props;
  const to = isHousehold ? `/households/${props.householdId}/messages` : `/partnerships/${props.partnershipId}/messages`;
  return (
    <section className="section" aria-labelledby={headingId} data-testid="messages-section">
      <h2 id={headingId}>{t('messages.open')}</h2>
      <p className="muted">{t('messages.sectionIntro')}</p>
      <p>
        <Link to={to} className="button button-secondary">
          {isHousehold ? t('messages.openHousehold') : t('messages.openPartnership')}
        </Link>
      </p>
      {!isHousehold && <PartnershipThreads partnershipId={props.partnershipId} />}
    </section>
  );
}

function PartnershipThreads({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const { data, error } = useQuery(PartnershipThreadsDocument, { variables: { partnershipId }, fetchPolicy: freshWhenOnline() });
  if (error) return <InlineError error={error} />;
  const threads = data?.threads.edges.map((e) => e.node) ?? [];
  if (threads.length === 0) return null;
  return (
    <>
      <h3>{t('messages.threads')}</h3>
      <ThreadList threads={threads} />
    </>
  );
}
