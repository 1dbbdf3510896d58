import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { currentYearInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { InlineError, Loading } from '../../ui/Feedback';
import { SelectField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
import { DateText, DateTimeText, Money } from '../../ui/Values';
import { BudgetBar } from './BudgetBar';
import { RecordSpendingForm, SetBudgetForm } from './BudgetForms';

type AuditAction = 'BUDGET_SET' | 'SPENDING_RECORDED' | 'SPENDING_REMOVED';

export const PartnershipBudgetDocument = graphql(`
  query PartnershipBudget($partnershipId: ID!, $year: Int!) {
    partnershipBudget(partnershipId: $partnershipId, year: $year) {
      partnershipId
      fundingRule
      year
      budgetCents
      spentCents
      viewerCan {
        setBudget
        recordSpending
      }
      spending {
        id
        periodStart
        periodEnd
        amountCents
        note
      }
      history {
        id
        at
        action
        subject
        beforeCents
        afterCents
        byName
      }
    }
  }
`);

export const RemoveSpendingDocument = graphql(`
  mutation RemoveSpending($id: ID!) {
    removeSpending(id: $id) {
      partnershipId
      spentCents
    }
  }
`);

/**
 * A partnership's agreed budget of a year against the spending reported per period (programmes
 * funded by an agreed budget), with the forms for who may agree the budget or report spending.
 */
export function BudgetSection({ partnershipId }: { partnershipId: string }) {
  const { t, formatDate } = useI18n();
  const thisYear = currentYearInBrussels();
  const [year, setYear] = useState(thisYear);
  const { data, previousData, error } = useQuery(PartnershipBudgetDocument, { variables: { partnershipId, year } });
  const [remove, removing] = useMutation(RemoveSpendingDocument, { refetchQueries: ['PartnershipBudget'], awaitRefetchQueries: true });
  const budget = (data ?? previousData)?.partnershipBudget;
  if (error && !budget) return <InlineError error={error} />;
  if (!budget) return <Loading />;
  if (budget.fundingRule !== 'AGREED_BUDGET') return null;
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  const remaining = budget.budgetCents === null ? null : budget.budgetCents - budget.spentCents;

  return (
    <section className="section" aria-labelledby="budget-heading" data-testid="budget">
      <h2 id="budget-heading">{t('budget.title')}</h2>
      <SelectField label={t('budget.year')} value={String(year)} onChange={(v) => setYear(Number(v))} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <dl className="figures" data-testid="budget-figures">
        <div>
          <dt>{t('budget.agreed')}</dt>
          <dd>{budget.budgetCents === null ? <span className="muted">{t('budget.none', { year: String(year) })}</span> : <Money cents={budget.budgetCents} testId="budget-agreed" />}</dd>
        </div>
        <div>
          <dt>{t('budget.spent')}</dt>
          <dd>
            <Money cents={budget.spentCents} testId="budget-spent" />
          </dd>
        </div>
        {remaining !== null && (
          <div>
            <dt>{t('budget.remaining')}</dt>
            <dd>
              <Money cents={remaining} testId="budget-remaining" />
            </dd>
          </div>
        )}
      </dl>
      {budget.budgetCents !== null && <BudgetBar budgetCents={budget.budgetCents} spentCents={budget.spentCents} label={t('budget.title')} />}

      {budget.spending.length === 0 ? (
        <p className="muted">{t('budget.noSpending', { year: String(year) })}</p>
      ) : (
        <TableWrap label={t('budget.spent')}>
          <table className="table" aria-label={t('budget.spent')} data-testid="spending-table">
            <thead>
              <tr>
                <th scope="col">{t('budget.period')}</th>
                <th scope="col" className="numeric">
                  {t('budget.spent')}
                </th>
                <th scope="col">{t('budget.note')}</th>
                {budget.viewerCan.recordSpending && (
                  <th scope="col" className="visually-hidden">
                    {t('app.remove')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {budget.spending.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <DateText iso={s.periodStart} /> – <DateText iso={s.periodEnd} />
                  </th>
                  <td className="numeric">
                    <Money cents={s.amountCents} />
                  </td>
                  <td>{s.note}</td>
                  {budget.viewerCan.recordSpending && (
                    <td>
                      <ConfirmAction
                        small
                        triggerLabel={t('budget.removeSpending', { period: `${formatDate(s.periodStart)} – ${formatDate(s.periodEnd)}` })}
                        shortLabel={t('app.remove')}
                        question={t('budget.removeConfirm')}
                        confirmLabel={t('app.remove')}
                        busy={removing.loading}
                        onConfirm={() => remove({ variables: { id: s.id } })}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {removing.error && <FormError error={removing.error} />}

      {budget.viewerCan.setBudget && <SetBudgetForm partnershipId={partnershipId} year={year} current={budget.budgetCents} />}
      {budget.viewerCan.recordSpending && <RecordSpendingForm partnershipId={partnershipId} />}

      {budget.history.length > 0 && (
        <details className="disclosure">
          <summary>{t('budget.history')}</summary>
          <TableWrap label={t('budget.history')}>
            <table className="table" aria-label={t('budget.history')}>
              <thead>
                <tr>
                  <th scope="col">{t('budget.when')}</th>
                  <th scope="col">{t('budget.who')}</th>
                  <th scope="col">{t('budget.what')}</th>
                  <th scope="col" className="numeric">
                    {t('budget.before')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('budget.after')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {budget.history.map((h) => (
                  <tr key={h.id}>
                    <td>
                      <DateTimeText iso={h.at} />
                    </td>
                    <td>{h.byName}</td>
                    <td>{t(`budget.action.${h.action as AuditAction}`, { subject: /^\d{4}-\d{2}-\d{2}$/.test(h.subject) ? formatDate(h.subject) : h.subject })}</td>
                    <td className="numeric">{h.beforeCents === null ? '—' : <Money cents={h.beforeCents} />}</td>
                    <td className="numeric">{h.afterCents === null ? '—' : <Money cents={h.afterCents} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </details>
      )}
    </section>
  );
}
