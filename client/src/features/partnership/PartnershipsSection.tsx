import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { PartnershipList } from './PartnershipList';
import { usePartnerships } from './usePartnerships';

/** A titled section listing the partnerships the viewer may see, with "show more" and an empty state. */
export function PartnershipsSection({ title, headingLevel = 2, empty }: { title: string; headingLevel?: 1 | 2; empty: ReactNode }) {
  const t = useT();
  const { connection, loading, error, loadMore, refetch } = usePartnerships();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const nodes = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section className="section" aria-labelledby="partnerships-heading">
      <Heading id="partnerships-heading">{title}</Heading>
      {loading && !connection ? (
        <Loading />
      ) : error && !connection ? (
        <>
          <InlineError error={error} />
          <button type="button" className="button button-secondary" onClick={() => void refetch()}>
            {t('app.retry')}
          </button>
        </>
      ) : nodes.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          <PartnershipList partnerships={nodes} />
          <p className="list-footer">
            <span>{t('app.shownOfTotal', { shown: nodes.length, total: connection?.totalCount ?? nodes.length })}</span>
            {connection?.pageInfo.hasNextPage && (
              <button type="button" className="button button-secondary" onClick={loadMore} disabled={loading}>
                {t('app.loadMore')}
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}
