import { useMutation } from '@apollo/client/react';
import { addDays, addMonths } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { centsToInput, parseEuroToCents, todayInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';

export const SetPartnershipBudgetDocument = graphql(`
  mutation SetPartnershipBudget($partnershipId: ID!, $year: Int!, $amountCents: Int!) {
    setPartnershipBudget(partnershipId: $partnershipId, year: $year, amountCents: $amountCents) {
      partnershipId
      budgetCents
    }
  }
`);

export const RecordSpendingDocument = graphql(`
  mutation RecordSpending($input: RecordSpendingInput!) {
    recordSpending(input: $input) {
      partnershipId
      spentCents
    }
  }
`);

const REFETCH = { refetchQueries: ['PartnershipBudget'], awaitRefetchQueries: true };

/** Agrees (or changes) the budget of a year (Fedasil). */
export function SetBudgetForm({ partnershipId, year, current }: { partnershipId: string; year: number; current: number | null }) {
  const { t, locale } = useI18n();
  const [amount, setAmount] = useState(current === null ? '' : centsToInput(current, locale));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SetPartnershipBudgetDocument, REFETCH);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const cents = parseEuroToCents(amount);
    setProblem(cents === null ? t('budget.amountInvalid') : null);
    if (cents === null) return;
    try {
      await save({ variables: { partnershipId, year, amountCents: cents } });
      setSaved(true);
    } catch {
      // shown below
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="budget-set-heading">
      <h3 id="budget-set-heading">{t('budget.setTitle', { year: String(year) })}</h3>
      <TextField label={t('budget.amount')} inputMode="decimal" value={amount} onChange={setAmount} errors={problem ? [problem] : undefined} autoComplete="off" />
      <FormError error={problem ? undefined : error} />
      {saved && <StatusMessage>{t('budget.saved')}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('budget.save')}
        </button>
      </div>
    </form>
  );
}

/** Reports what was spent in a period (by default last month); the same period again replaces it. */
export function RecordSpendingForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useI18n();
  const lastMonth = addMonths(`${todayInBrussels().slice(0, 7)}-01`, -1);
  const [periodStart, setPeriodStart] = useState(lastMonth);
  const [periodEnd, setPeriodEnd] = useState(addDays(addMonths(lastMonth, 1), -1));
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordSpendingDocument, REFETCH);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const cents = parseEuroToCents(amount);
    setProblem(cents === null ? t('budget.amountInvalid') : null);
    if (cents === null) return;
    try {
      await record({ variables: { input: { partnershipId, periodStart, periodEnd, amountCents: cents, note: note.trim() || null } } });
      setSaved(true);
      setAmount('');
      setNote('');
    } catch {
      // shown below
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="budget-record-heading">
      <h3 id="budget-record-heading">{t('budget.recordTitle')}</h3>
      <div className="grid grid-2">
        <TextField label={t('budget.periodStart')} type="date" value={periodStart} onChange={setPeriodStart} />
        <TextField label={t('budget.periodEnd')} type="date" value={periodEnd} onChange={setPeriodEnd} />
      </div>
      <TextField label={t('budget.amount')} inputMode="decimal" value={amount} onChange={setAmount} errors={problem ? [problem] : undefined} autoComplete="off" />
      <TextField label={t('budget.note')} value={note} onChange={setNote} optional maxLength={500} />
      <FormError error={problem ? undefined : error} />
      {saved && <StatusMessage>{t('budget.recorded')}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('budget.record')}
        </button>
      </div>
    </form>
  );
}
