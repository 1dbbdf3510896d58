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

/**
 * What both forms do on submit: the amount typed in euros, checked and turned into cents, sent with
 * `send`; "saved" once it went through (`clear`: the amount emptied for the next one). Errors of the
 * mutation are shown by the form (FormError), a bad amount at the field.
 */
function useAmountSubmit(initial: string, send: (cents: number) => Promise<unknown>, options: { clear?: boolean; onSaved?: () => void } = {}) {
  const { t } = useI18n();
  const [amount, setAmount] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const cents = parseEuroToCents(amount);
    setProblem(cents === null ? t('budget.amountInvalid') : null);
    if (cents === null) return;
    try {
      await send(cents);
      setSaved(true);
      if (options.clear) setAmount('');
      options.onSaved?.();
    } catch {
      // shown by the form
    }
  };
  return { amount, setAmount, problem, saved, onSubmit };
}

/** The end of both forms: the mutation's error (unless the amount is at fault), the saved message, the button. */
function AmountFormEnd({ error, problem, saved, savedText, loading, label }: { error: unknown; problem: string | null; saved: boolean; savedText: string; loading: boolean; label: string }) {
  const { t } = useI18n();
  return (
    <>
      <FormError error={problem ? undefined : error} />
      {saved && <StatusMessage>{savedText}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : label}
        </button>
      </div>
    </>
  );
}

/** Agrees (or changes) the budget of a year (Fedasil). */
export function SetBudgetForm({ partnershipId, year, current }: { partnershipId: string; year: number; current: number | null }) {
  const { t, locale } = useI18n();
  const [save, { loading, error }] = useMutation(SetPartnershipBudgetDocument, REFETCH);
  const form = useAmountSubmit(current === null ? '' : centsToInput(current, locale), (amountCents) => save({ variables: { partnershipId, year, amountCents } }));
  return (
    <form className="form" onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby="budget-set-heading">
      <h3 id="budget-set-heading">{t('budget.setTitle', { year: String(year) })}</h3>
      <TextField label={t('budget.amount')} inputMode="decimal" value={form.amount} onChange={form.setAmount} errors={form.problem ? [form.problem] : undefined} autoComplete="off" />
      <AmountFormEnd error={error} problem={form.problem} saved={form.saved} savedText={t('budget.saved')} loading={loading} label={t('budget.save')} />
    </form>
  );
}

/** Reports what was spent in a period (by default last month); the same period again replaces it. */
export function RecordSpendingForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useI18n();
  const lastMonth = addMonths(`${todayInBrussels().slice(0, 7)}-01`, -1);
  const [periodStart, setPeriodStart] = useState(lastMonth);
  const [periodEnd, setPeriodEnd] = useState(addDays(addMonths(lastMonth, 1), -1));
  const [note, setNote] = useState('');
  const [record, { loading, error }] = useMutation(RecordSpendingDocument, REFETCH);
  const form = useAmountSubmit('', (amountCents) => record({ variables: { input: { partnershipId, periodStart, periodEnd, amountCents, note: note.trim() || null } } }), {
    clear: true,
    onSaved: () => setNote(''),
  });
  return (
    <form className="form" onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby="budget-record-heading">
      <h3 id="budget-record-heading">{t('budget.recordTitle')}</h3>
      <div className="grid grid-2">
        <TextField label={t('budget.periodStart')} type="date" value={periodStart} onChange={setPeriodStart} />
        <TextField label={t('budget.periodEnd')} type="date" value={periodEnd} onChange={setPeriodEnd} />
      </div>
      <TextField label={t('budget.amount')} inputMode="decimal" value={form.amount} onChange={form.setAmount} errors={form.problem ? [form.problem] : undefined} autoComplete="off" />
      <TextField label={t('budget.note')} value={note} onChange={setNote} optional maxLength={500} />
      <AmountFormEnd error={error} problem={form.problem} saved={form.saved} savedText={t('budget.recorded')} loading={loading} label={t('budget.record')} />
    </form>
  );
}
