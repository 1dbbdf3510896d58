import { useI18n } from '../../app/i18n';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields';

export interface IndicatorDef {
  key: string;
  type: 'NUMBER' | 'CHOICE' | 'TEXT';
  required: boolean;
  label: { nl: string; fr: string; en: string };
  choices: readonly { key: string; label: { nl: string; fr: string; en: string } }[];
}

/** The draft answers as typed: one string per indicator key (a number as text, a choice key, or free text). */
export type IndicatorDraft = Record<string, string>;

export function initialIndicatorDraft(values: readonly { key: string; number?: number | null; choice?: string | null; text?: string | null }[]): IndicatorDraft {
  return Object.fromEntries(values.map((v) => [v.key, v.number !== null && v.number !== undefined ? String(v.number) : (v.choice ?? v.text ?? '')]));
}

/** The draft as the API takes it: typed per indicator; an empty field clears the answer. */
export function indicatorInput(indicators: readonly IndicatorDef[], draft: IndicatorDraft) {
  return indicators.map((i) => {
    const raw = (draft[i.key] ?? '').trim();
    const empty = raw === '';
    return {
      key: i.key,
      number: i.type === 'NUMBER' && !empty ? Number(raw) : null,
      choice: i.type === 'CHOICE' && !empty ? raw : null,
      text: i.type === 'TEXT' && !empty ? raw : null,
    };
  });
}

export const missingIndicators = (indicators: readonly IndicatorDef[], draft: IndicatorDraft) => indicators.filter((i) => i.required && !(draft[i.key] ?? '').trim());

/** The figures a programme's periodic report asks for, each field by its type, labelled in the interface language. */
export function IndicatorFields({
  indicators,
  draft,
  onChange,
  showMissing,
}: {
  indicators: readonly IndicatorDef[];
  draft: IndicatorDraft;
  onChange: (d: IndicatorDraft) => void;
  showMissing: boolean;
}) {
  const { t, locale } = useI18n();
  if (!indicators.length) return null;
  const set = (key: string, value: string) => onChange({ ...draft, [key]: value });
  return (
    <fieldset className="fieldset feedback-indicators">
      <legend>{t('indicators.legend')}</legend>
      {indicators.map((i) => {
        const label = i.label[locale] ?? i.label.en;
        const value = draft[i.key] ?? '';
        const errors = showMissing && i.required && !value.trim() ? [t('error.INDICATORS_INCOMPLETE')] : undefined;
        if (i.type === 'NUMBER')
          return <TextField key={i.key} label={label} type="number" inputMode="numeric" min={0} step={1} value={value} onChange={(v) => set(i.key, v)} optional={!i.required} errors={errors} />;
        if (i.type === 'CHOICE')
          return (
            <SelectField
              key={i.key}
              label={label}
              value={value}
              onChange={(v) => set(i.key, v)}
              placeholder={t('indicators.noChoice')}
              options={i.choices.map((c) => ({ value: c.key, label: c.label[locale] ?? c.label.en }))}
              optional={!i.required}
              errors={errors}
            />
          );
        return <TextAreaField key={i.key} label={label} value={value} onChange={(v) => set(i.key, v)} optional={!i.required} rows={3} errors={errors} />;
      })}
    </fieldset>
  );
}
