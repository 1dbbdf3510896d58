import { useI18n } from '../../app/i18n';

/** Spending against a budget as a progress bar, with the same figures in words. */
export function BudgetBar({ budgetCents, spentCents, label }: { budgetCents: number; spentCents: number; label: string }) {
  const { t, formatMoney } = useI18n();
  const percent = budgetCents > 0 ? Math.round((spentCents / budgetCents) * 100) : 0;
  const text = t('budget.usage', { percent });
  return (
    <>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={budgetCents} aria-valuenow={Math.min(spentCents, budgetCents)} aria-valuetext={text}>
        <div className="progress-arrived" style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p className="progress-text">
        {text}
        {spentCents > budgetCents && ` — ${t('budget.over', { amount: formatMoney(spentCents - budgetCents) })}`}
      </p>
    </>
  );
}
