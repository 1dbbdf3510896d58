import { freshWhenOnline } from '../../app/offline/network';
import { useQuery, useSubscription } from '@apollo/client/react';
import { HOUSEHOLD_FLAGS, type HouseholdFlag } from '@partner-hub/shared';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import type { BoardSort } from '../../gql/graphql';
import { EmptyState, InlineError, Loading, PageError } from '../../ui/Feedback';
import { SelectField } from '../../ui/Fields';
import { usePageTitle } from '../../ui/usePageTitle';
import { BoardReturnFiles } from '../desk/BoardReturnFiles';
import { BoardTrajectories } from '../trajectory/BoardTrajectories';
import { ExportLinks } from '../io/ExportLinks';
import { BoardRow_household, BoardTable, matchesBoard } from './BoardTable';
import { BoardDocument } from './boardQuery';
import styles from './board.module.css';

export { BoardDocument };

export const BoardPartnershipsDocument = graphql(`
  query BoardPartnerships {
    partnerships(first: 100) {
      edges {
        cursor
        node {
          id
          name
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

/** A household the viewer may see changed: its board row normalises into the cache and re-renders. */
export const BoardUpdatedDocument = graphql(`
  subscription BoardUpdated {
    boardUpdated {
      id
      ...BoardRow_household
    }
  }
`);

export const BOARD_SORTS: readonly BoardSort[] = ['NEXT_DUE', 'FLAGS', 'REFERENCE'];

const isFlag = (v: string | null): v is HouseholdFlag => v !== null && (HOUSEHOLD_FLAGS as readonly string[]).includes(v);
const isSort = (v: string | null): v is BoardSort => v !== null && (BOARD_SORTS as readonly string[]).includes(v);

/** Filters and order live in the address (?partnership=…&flag=…&sort=…): shareable, and kept by "back". */
function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const partnershipId = params.get('partnership') || null;
  const flagParam = params.get('flag');
  const sortParam = params.get('sort');
  const flag = isFlag(flagParam) ? flagParam : null;
  const sort: BoardSort = isSort(sortParam) ? sortParam : 'NEXT_DUE';
  const set = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return { partnershipId, flag, sort, set, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}

/**
 * Keeps the board live: each event's household lands in the cache (its row re-renders and
 * re-sorts); when a household joins or leaves the board with these filters, the list is fetched
 * again (a few events in a row cause one fetch).
 */
function useLiveBoard(rows: readonly { id: string }[] | undefined, filters: { partnershipId: string | null; flag: HouseholdFlag | null }, refetch: () => Promise<unknown>) {
  // The latest rows, filters and refetch, for events that arrive between renders.
  const latest = useRef({ shown: new Set<string>(), filters, refetch });
  // Kept current after each render (refs are not written while rendering).
  useEffect(() => {
    latest.current = { shown: new Set(rows?.map((r) => r.id) ?? []), filters, refetch };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useSubscription(BoardUpdatedDocument, {
    skip: rows === undefined,
    onData: ({ data }) => {
      const changed = data.data?.boardUpdated;
      if (!changed) return;
      const row = getFragmentData(BoardRow_household, changed);
      const { shown, filters: current } = latest.current;
      if (matchesBoard(row, current) === shown.has(row.id)) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void latest.current.refetch().catch(() => undefined);
      }, 250);
    },
  });
}

/** /board: every household in guidance the viewer follows, with progress, next step and flags; live. */
export function BoardPage() {
  const t = useT();
  usePageTitle(t('board.title'));
  const { partnershipId, flag, sort, set, clear } = useBoardFilters();
  const filters = { partnershipId, flag };
  // Always asked again when the board opens: changes made elsewhere while it was closed (a flag
  // fixed on the household page) must not linger from the cache.
  const { data, previousData, loading, error, refetch } = useQuery(BoardDocument, { variables: { partnershipId, flag, sort }, fetchPolicy: freshWhenOnline(), nextFetchPolicy: 'cache-first' });
  const partnerships = useQuery(BoardPartnershipsDocument);
  const shownData = data ?? previousData;
  useLiveBoard(shownData?.board, filters, refetch);

  if (error && !shownData) return <PageError error={error} onRetry={() => void refetch()} />;

  const options = partnerships.data?.partnerships.edges.map((e) => e.node) ?? [];
  const filtered = Boolean(partnershipId || flag);

  return (
    <div className="page">
      <h1>{t('board.title')}</h1>
      <p className="lead">{t('board.intro')}</p>
      <ExportLinks base="/board" query={new URLSearchParams({ ...(partnershipId ? { partnership: partnershipId } : {}), ...(flag ? { flag } : {}), sort }).toString()} />

      <section className="section" aria-labelledby="board-filters-heading">
        <h2 id="board-filters-heading" className="visually-hidden">
          {t('board.filters')}
        </h2>
        <div className={`grid grid-3 ${styles.boardFilters}`}>
          <SelectField
            label={t('col.partnership')}
            value={partnershipId ?? ''}
            onChange={(v) => set('partnership', v || null)}
            placeholder={t('board.allPartnerships')}
            options={[
              ...options.map((p) => ({ value: p.id, label: p.name })),
              ...(partnershipId && !options.some((p) => p.id === partnershipId) && !partnerships.loading ? [{ value: partnershipId, label: partnershipId }] : []),
            ]}
          />
          <SelectField<HouseholdFlag>
            label={t('board.flag')}
            value={flag ?? ''}
            onChange={(v) => set('flag', v || null)}
            placeholder={t('board.anyFlag')}
            options={HOUSEHOLD_FLAGS.map((f) => ({ value: f, label: t(`householdFlag.${f}`) }))}
          />
          <SelectField<BoardSort>
            label={t('board.sort')}
            value={sort}
            onChange={(v) => set('sort', v === 'NEXT_DUE' ? null : v)}
            options={BOARD_SORTS.map((s) => ({ value: s, label: t(`boardSort.${s}`) }))}
          />
        </div>
      </section>

      <section className="section" aria-labelledby="board-heading" aria-busy={loading}>
        <div className="section-header">
          <h2 id="board-heading">{shownData ? t('board.count', { count: shownData.board.length }) : t('board.title')}</h2>
          {filtered && (
            <button type="button" className="link-button" onClick={clear}>
              {t('board.clearFilters')}
            </button>
          )}
        </div>
        <p className="muted">{t('board.live')}</p>
        {error && shownData && <InlineError error={error} />}
        {!shownData ? (
          <Loading />
        ) : shownData.board.length === 0 ? (
          <EmptyState>
            <p>{filtered ? t('board.empty') : t('board.emptyAll')}</p>
          </EmptyState>
        ) : (
          <BoardTable households={shownData.board} sort={sort} />
        )}
      </section>

      <BoardReturnFiles partnershipId={partnershipId} />
      <BoardTrajectories partnershipId={partnershipId} />
    </div>
  );
}
