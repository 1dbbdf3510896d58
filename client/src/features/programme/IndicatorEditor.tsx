import { INDICATOR_TYPES, type IndicatorType } from '@partner-hub/shared';
import { useT } from '../../app/i18n';
import { CheckboxField, SelectField, TextField } from '../../ui/Fields';

export interface LabelDraft {
  nl: string;
  fr: string;
  en: string;
}

export interface ChoiceDraft {
  key: string;
  label: LabelDraft;
}

export interface IndicatorDraft {
  key: string;
  type: IndicatorType;
  label: LabelDraft;
  choices: ChoiceDraft[];
  required: boolean;
}

const emptyLabel = (): LabelDraft => ({ nl: '', fr: '', en: '' });
export const emptyIndicator = (): IndicatorDraft => ({ key: '', type: 'NUMBER', label: emptyLabel(), choices: [], required: false });
const emptyChoice = (): ChoiceDraft => ({ key: '', label: emptyLabel() });

function LabelFields({ value, onChange }: { value: LabelDraft; onChange: (v: LabelDraft) => void }) {
  const t = useT();
  return (
    <div className="grid grid-3">
      <TextField label={t('programmeSettings.labelNl')} lang="nl" value={value.nl} onChange={(nl) => onChange({ ...value, nl })} maxLength={200} />
      <TextField label={t('programmeSettings.labelFr')} lang="fr" value={value.fr} onChange={(fr) => onChange({ ...value, fr })} maxLength={200} />
      <TextField label={t('programmeSettings.labelEn')} lang="en" value={value.en} onChange={(en) => onChange({ ...value, en })} maxLength={200} />
    </div>
  );
}

/** One indicator: key, type, labels in the three languages, required, and for a choice its choices. */
function IndicatorFieldset({ n, value, onChange, onRemove, keyError }: { n: number; value: IndicatorDraft; onChange: (v: IndicatorDraft) => void; onRemove: () => void; keyError?: string }) {
  const t = useT();
  const setChoice = (i: number, c: ChoiceDraft) => onChange({ ...value, choices: value.choices.map((x, j) => (j === i ? c : x)) });
  return (
    <fieldset className="fieldset" data-testid="indicator-fieldset">
      <legend>{t('programmeSettings.indicatorLegend', { n })}</legend>
      <div className="grid grid-2">
        <TextField
          label={t('programmeSettings.key')}
          hint={t('programmeSettings.keyHint')}
          value={value.key}
          onChange={(key) => onChange({ ...value, key })}
          errors={keyError ? [keyError] : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
        />
        <SelectField
          label={t('programmeSettings.type')}
          value={value.type}
          onChange={(type) => onChange({ ...value, type, choices: type === 'CHOICE' ? (value.choices.length ? value.choices : [emptyChoice(), emptyChoice()]) : [] })}
          options={INDICATOR_TYPES.map((x) => ({ value: x, label: t(`indicatorType.${x}`) }))}
        />
      </div>
      <LabelFields value={value.label} onChange={(label) => onChange({ ...value, label })} />
      <CheckboxField label={t('programmeSettings.required')} checked={value.required} onChange={(required) => onChange({ ...value, required })} />
      {value.type === 'CHOICE' && (
        <fieldset className="fieldset">
          <legend>{t('programmeSettings.choices')}</legend>
          {value.choices.map((c, i) => (
            <fieldset className="fieldset" key={i}>
              <legend>{t('programmeSettings.choiceLegend', { n: i + 1 })}</legend>
              <TextField label={t('programmeSettings.choiceKey')} value={c.key} onChange={(key) => setChoice(i, { ...c, key })} autoComplete="off" spellCheck={false} maxLength={40} />
              <LabelFields value={c.label} onChange={(label) => setChoice(i, { ...c, label })} />
              <button type="button" className="button button-danger-outline button-small" onClick={() => onChange({ ...value, choices: value.choices.filter((_, j) => j !== i) })}>
                {t('programmeSettings.removeChoice', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button-secondary button-small" onClick={() => onChange({ ...value, choices: [...value.choices, emptyChoice()] })}>
            {t('programmeSettings.addChoice')}
          </button>
        </fieldset>
      )}
      <div className="button-row">
        <button type="button" className="button button-danger-outline" onClick={onRemove}>
          {t('programmeSettings.removeIndicator', { n })}
        </button>
      </div>
    </fieldset>
  );
}

/** A programme's list of reporting indicators: add, edit, remove. */
export function IndicatorEditor({ value, onChange, keyErrors }: { value: IndicatorDraft[]; onChange: (v: IndicatorDraft[]) => void; keyErrors: Record<number, string> }) {
  const t = useT();
  return (
    <fieldset className="fieldset">
      <legend>{t('programmeSettings.indicators')}</legend>
      {value.length === 0 && <p className="muted">{t('programmeSettings.noIndicators')}</p>}
      {value.map((indicator, i) => (
        <IndicatorFieldset
          key={i}
          n={i + 1}
          value={indicator}
          keyError={keyErrors[i]}
          onChange={(v) => onChange(value.map((x, j) => (j === i ? v : x)))}
          onRemove={() => onChange(value.filter((_, j) => j !== i))}
        />
      ))}
      <button type="button" className="button button-secondary" onClick={() => onChange([...value, emptyIndicator()])}>
        {t('programmeSettings.addIndicator')}
      </button>
    </fieldset>
  );
}
