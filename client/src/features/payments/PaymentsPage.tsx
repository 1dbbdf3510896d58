import { useMutation, useQuery } from '@apollo/client/react';
import { parseEuroToCents, todayInBrussels, centsToInput, currentYearInBrussels } from '../../app/format';
import { newClientId } from '../../app/clientId';
import { useI18n } from '../../app/i18n';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import type { FundingStatementStatus, PaymentsPage_StatementFragment } from '../../gql/graphql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { EmptyState, Loading, PageError } from '../../ui/Feedback';
import { TextAreaField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
import { usePageTitle } from '../../ui/usePageTitle';
import './payments.css';
import { Badge, type BadgeTone, DateText, DateTimeText, Money } from '../../ui/Values';

export const PaymentsPage_statement = graphql(`
  fragment PaymentsPage_statement on PeriodStatement {
    id
    year
    years
    status
    approvedTotalCents
    paidCents
    balanceCents
    partnership {
      id
      name
    }
    lines {
      householdId
      reference
      headName
      persons
      baseCents
      secondYearCents
      directArrivalHeadCents
      directArrivalMembersCents
      totalCents
    }
    totals {
      households
      persons
      totalCents
    }
    approval {
      approvedAt
      approvedBy {
        id
        name
      }
      totals {
        households
        persons
        totalCents
      }
    }
    differences {
      householdId
      reference
      deltaCents
      approved {
        totalCents
      }
      current {
        totalCents
      }
    }
    payments {
      id
      paidOn
      amountCents
      note
      recordedBy {
        id
        name
      }
    }
    history {
      id
      kind
      at
      user {
        id
        name
      }
      approvedTotalCents
      previousApprovedTotalCents
      amountCents
      paidCents
    }
    viewerCan {
      approve
      recordPayment
    }
  }
`);

export const PeriodStatementPageDocument = graphql(`
  query PeriodStatementPage($partnershipId: ID!, $year: Int!) {
    periodStatement(partnershipId: $partnershipId, year: $year) {
      ...PaymentsPage_statement
    }
  }
`);

export const ApproveFundingStatementDocument = graphql(`
  mutation ApproveFundingStatement($partnershipId: ID!, $year: Int!, $totalCents: Int!) {
    approveFundingStatement(partnershipId: $partnershipId, year: $year, totalCents: $totalCents) {
      ...PaymentsPage_statement
    }
  }
`);

export const RecordFundingPaymentDocument = graphql(`
  mutation RecordFundingPayment($partnershipId: ID!, $year: Int!, $input: FundingPaymentInput!) {
    recordFundingPayment(partnershipId: $partnershipId, year: $year, input: $input) {
      ...PaymentsPage_statement
    }
  }
`);

type S = PaymentsPage_StatementFragment;

export const STATUS_TONE: Record<FundingStatementStatus, BadgeTone> = {
  DRAFT: 'neutral',
  APPROVED: 'info',
  PARTLY_PAID: 'info',
  PAID: 'success',
  CHANGED_SINCE_APPROVAL: 'warning',
};

/** A signed amount: "+ €600,00" / "− €3.600,00". */
function Delta({ cents }: { cents: number }) {
  const { formatMoney } = useI18n();
  return <span className="money">{cents > 0 ? `+ ${formatMoney(cents)}` : cents < 0 ? `− ${formatMoney(-cents)}` : formatMoney(0)}</span>;
}

function PaymentForm({ s, onDone }: { s: S; onDone: () => void }) {
  const { t, locale } = useI18n();
  const [paidOn, setPaidOn] = useState(todayInBrussels());
  const [amount, setAmount] = useState(s.balanceCents && s.balanceCents > 0 ? centsToInput(s.balanceCents, locale) : '');
  const [note, setNote] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  // One id per instalment the user means: a retried submit of the same form records it once.
  const [clientId, setClientId] = useState(newClientId);
  const [record, { loading, error }] = useMutation(RecordFundingPaymentDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuroToCents(amount);
    if (cents === null || cents <= 0) {
      setAmountError(t('payments.amountInvalid', { example: centsToInput(1_000_000, locale) }));
      return;
    }
    setAmountError(null);
    try {
      await record({ variables: { partnershipId: s.partnership.id, year: s.year, input: { paidOn, amountCents: cents, note: note.trim() || null, clientId } } });
      setClientId(newClientId());
      setNote('');
      setAmount('');
      onDone();
    } catch {
      // shown by FormError from the mutation's state
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="payment-form-title">
      <h3 id="payment-form-title">{t('payments.recordTitle')}</h3>
      <FormError error={error} />
      <div className="grid grid-2">
        <TextField label={t('payments.paidOn')} type="date" value={paidOn} onChange={setPaidOn} max={todayInBrussels()} required />
        <TextField
          label={t('payments.amount')}
          inputMode="decimal"
          hint={t('payments.amountHint', { balance: s.balanceCents != null ? centsToInput(Math.max(s.balanceCents, 0), locale) : '0' })}
          value={amount}
          onChange={(v) => {
            setAmount(v);
            setAmountError(null);
          }}
          errors={amountError ? [amountError] : undefined}
          autoComplete="off"
          required
        />
      </div>
      <TextAreaField label={t('payments.note')} optional value={note} onChange={setNote} rows={2} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('payments.record')}
        </button>
      </div>
    </form>
  );
}

/** /partnerships/:id/payments?year=: a year's statement, its approval, differences, instalments and history. */
export function PaymentsPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t, formatMoney } = useI18n();
  const year = Number(params.get('year')) || currentYearInBrussels();
  const { data, loading, error, refetch } = useQuery(PeriodStatementPageDocument, { variables: { partnershipId: id, year } });
  const [approve, approving] = useMutation(ApproveFundingStatementDocument);
  const [done, setDone] = useState<string | null>(null);
  const s: S | undefined = data?.periodStatement ? getFragmentData(PaymentsPage_statement, data.periodStatement) : undefined;
  usePageTitle(s ? t('payments.pageTitle', { name: s.partnership.name, year: String(s.year) }) : t('payments.title'));

  if (error && !s) return <PageError error={error} onRetry={() => void refetch()} />;
  if (loading || !s) return <Loading />;

  const canApprove = s.viewerCan.approve && (s.status === 'DRAFT' || s.status === 'CHANGED_SINCE_APPROVAL') && s.lines.length > 0;
  const canPay = s.viewerCan.recordPayment && (s.status === 'APPROVED' || s.status === 'PARTLY_PAID');

  return (
    <article className="page payments-page printable" aria-labelledby="page-title">
      <p className="breadcrumb no-print">
        <Link to={`/partnerships/${s.partnership.id}/funding`}>{t('payments.backToStatement', { name: s.partnership.name })}</Link>
      </p>
      <div className="page-header">
        <h1 id="page-title">{t('payments.pageTitle', { name: s.partnership.name, year: String(s.year) })}</h1>
        <label className="inline-field no-print">
          {t('payments.year')}{' '}
          <select
            value={s.year}
            onChange={(e) => {
              setDone(null);
              setParams({ year: e.target.value });
            }}
          >
            {s.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="lead">{t('payments.intro')}</p>

      <section aria-labelledby="payments-status">
        <h2 id="payments-status">
          {t('payments.status')}{' '}
          <span data-testid="statement-status">
            <Badge tone={STATUS_TONE[s.status]}>{t(`payments.status.${s.status}`)}</Badge>
          </span>
        </h2>
        <dl className="details">
          <div>
            <dt>{t('payments.currentTotal')}</dt>
            <dd>
              <Money cents={s.totals.totalCents} testId="current-total" /> · {t('payments.households', { households: String(s.totals.households), persons: String(s.totals.persons) })}
            </dd>
          </div>
          <div>
            <dt>{t('payments.approvedTotal')}</dt>
            <dd>{s.approvedTotalCents == null ? <span className="muted">{t('payments.notApproved')}</span> : <Money cents={s.approvedTotalCents} testId="approved-total" />}</dd>
          </div>
          {s.approval && (
            <div>
              <dt>{t('payments.approvedBy')}</dt>
              <dd>
                {s.approval.approvedBy?.name ?? t('payments.someone')} · <DateTimeText iso={s.approval.approvedAt} />
              </dd>
            </div>
          )}
          <div>
            <dt>{t('payments.paid')}</dt>
            <dd>
              <Money cents={s.paidCents} testId="paid-total" />
            </dd>
          </div>
          {s.balanceCents != null && (
            <div>
              <dt>{s.balanceCents < 0 ? t('payments.toRecover') : t('payments.balance')}</dt>
              <dd>
                <Money cents={Math.abs(s.balanceCents)} testId="balance" />
              </dd>
            </div>
          )}
        </dl>
        <StatusMessage>{done}</StatusMessage>
        <FormError error={approving.error} />
        {canApprove && (
          <div className="no-print">
            <ConfirmAction
              tone="primary"
              triggerLabel={s.status === 'DRAFT' ? t('payments.approve') : t('payments.approveAgain')}
              question={t('payments.approveQuestion', { total: formatMoney(s.totals.totalCents), year: String(s.year) })}
              confirmLabel={t('payments.approveConfirm')}
              busy={approving.loading}
              onConfirm={async () => {
                await approve({ variables: { partnershipId: s.partnership.id, year: s.year, totalCents: s.totals.totalCents } });
                setDone(t('payments.approved'));
              }}
            />
          </div>
        )}
        {!s.viewerCan.approve && s.status !== 'PAID' && <p className="muted">{t('payments.readOnly')}</p>}
      </section>

      {s.differences.length > 0 && (
        <section aria-labelledby="payments-differences" className="alert alert-warning">
          <h2 id="payments-differences">{t('payments.differencesTitle')}</h2>
          <p>{t('payments.differencesIntro')}</p>
          <TableWrap label={t('payments.differencesTitle')}>
            <table className="responsive-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.reference')}</th>
                  <th scope="col" className="numeric">
                    {t('payments.approvedColumn')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('payments.nowColumn')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('payments.differenceColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.differences.map((d) => (
                  <tr key={d.householdId} data-testid="difference-row">
                    <th scope="row" data-label={t('col.reference')}>
                      {d.reference}
                    </th>
                    <td data-label={t('payments.approvedColumn')} className="numeric">
                      {d.approved ? <Money cents={d.approved.totalCents} /> : <span className="muted">{t('payments.added')}</span>}
                    </td>
                    <td data-label={t('payments.nowColumn')} className="numeric">
                      {d.current ? <Money cents={d.current.totalCents} /> : <span className="muted">{t('payments.removed')}</span>}
                    </td>
                    <td data-label={t('payments.differenceColumn')} className="numeric strong">
                      <Delta cents={d.deltaCents} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}

      <section aria-labelledby="payments-lines">
        <h2 id="payments-lines">{t('payments.linesTitle', { year: String(s.year) })}</h2>
        {s.lines.length === 0 ? (
          <EmptyState>
            <p>{t('payments.noLines')}</p>
          </EmptyState>
        ) : (
          <TableWrap label={t('payments.linesTitle', { year: String(s.year) })}>
            <table className="responsive-table statement-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.reference')}</th>
                  <th scope="col">{t('col.head')}</th>
                  <th scope="col" className="numeric">
                    {t('col.persons')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('col.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.lines.map((l) => (
                  <tr key={l.householdId} data-testid="period-line">
                    <th scope="row" data-label={t('col.reference')}>
                      <Link to={`/households/${l.householdId}`}>{l.reference}</Link>
                    </th>
                    <td data-label={t('col.head')}>{l.headName || '—'}</td>
                    <td data-label={t('col.persons')} className="numeric">
                      {l.persons}
                    </td>
                    <td data-label={t('col.total')} className="numeric strong">
                      <Money cents={l.totalCents} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section aria-labelledby="payments-instalments">
        <h2 id="payments-instalments">{t('payments.instalments')}</h2>
        {s.payments.length === 0 ? (
          <p className="muted">{t('payments.noPayments')}</p>
        ) : (
          <TableWrap label={t('payments.instalments')}>
            <table className="responsive-table">
              <thead>
                <tr>
                  <th scope="col">{t('payments.paidOn')}</th>
                  <th scope="col" className="numeric">
                    {t('payments.amount')}
                  </th>
                  <th scope="col">{t('payments.note')}</th>
                  <th scope="col">{t('payments.recordedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {s.payments.map((p) => (
                  <tr key={p.id} data-testid="payment-row">
                    <th scope="row" data-label={t('payments.paidOn')}>
                      <DateText iso={p.paidOn} />
                    </th>
                    <td data-label={t('payments.amount')} className="numeric">
                      <Money cents={p.amountCents} />
                    </td>
                    <td data-label={t('payments.note')}>{p.note ?? '—'}</td>
                    <td data-label={t('payments.recordedBy')}>{p.recordedBy?.name ?? t('payments.someone')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {canPay && <PaymentForm s={s} onDone={() => setDone(t('payments.recorded'))} />}
      </section>

      {s.history.length > 0 && (
        <section aria-labelledby="payments-history">
          <h2 id="payments-history">{t('payments.history')}</h2>
          <ol className="timeline" data-testid="statement-history">
            {s.history.map((e) => (
              <li key={e.id} className="timeline-entry">
                <DateTimeText iso={e.at} /> · {e.user?.name ?? t('payments.someone')} ·{' '}
                {e.kind === 'PAYMENT_RECORDED'
                  ? t('payments.event.PAYMENT_RECORDED', { amount: formatMoney(e.amountCents ?? 0), paid: formatMoney(e.paidCents) })
                  : e.kind === 'REAPPROVED'
                    ? t('payments.event.REAPPROVED', { total: formatMoney(e.approvedTotalCents), previous: formatMoney(e.previousApprovedTotalCents ?? 0) })
                    : t('payments.event.APPROVED', { total: formatMoney(e.approvedTotalCents) })}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
