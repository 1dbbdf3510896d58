import { useMutation, useQuery } from '@apollo/client/react';
import {
  CASE_KINDS,
  FEEDBACK_OBJECTIVES,
  FUNDING_RULES,
  INDICATOR_KEY_PATTERN,
  PROGRAMME_CODES,
  type CaseKind,
  type FeedbackObjective,
  type FundingRule,
  type ProgrammeCode,
} from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ProgrammeSettingsQuery } from '../../gql/graphql';
import { InlineError, Loading } from '../../ui/Feedback';
import { CheckboxGroup, SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { IndicatorEditor, type IndicatorDraft } from './IndicatorEditor';
import { programmeIndicators } from './programmeIndicator';

export const ProgrammeSettingsDocument = graphql(`
  query ProgrammeSettings {
    programmes {
      id
      code
      caseKind
      fundingRule
      caseMonths
      objectives
      indicators {
        ...ProgrammeIndicatorFields
      }
    }
  }
`);

export const UpdateProgrammeConfigurationDocument = graphql(`
  mutation UpdateProgrammeConfiguration($input: ProgrammeConfigurationInput!) {
    updateProgrammeConfiguration(input: $input) {
      id
      code
      caseKind
      fundingRule
      caseMonths
      objectives
      indicators {
        ...ProgrammeIndicatorFields
      }
    }
  }
`);

type ProgrammeRow = ProgrammeSettingsQuery['programmes'][number];

const isProgramme = (v: string | null): v is ProgrammeCode => v !== null && (PROGRAMME_CODES as readonly string[]).includes(v);

/** The indicators as the form edits them (plain copies, without the cache's type names). */
const draftOf = (p: ProgrammeRow): IndicatorDraft[] =>
  programmeIndicators(p.indicators).map((i) => ({
    key: i.key,
    type: i.type,
    required: i.required,
    label: { nl: i.label.nl, fr: i.label.fr, en: i.label.en },
    choices: i.choices.map((c) => ({ key: c.key, label: { nl: c.label.nl, fr: c.label.fr, en: c.label.en } })),
  }));

function ProgrammeSettingsForm({ programme }: { programme: ProgrammeRow }) {
  const t = useT();
  const [caseKind, setCaseKind] = useState<CaseKind>(programme.caseKind);
  const [fundingRule, setFundingRule] = useState<FundingRule>(programme.fundingRule);
  const [caseMonths, setCaseMonths] = useState(programme.caseMonths === null || programme.caseMonths === undefined ? '' : String(programme.caseMonths));
  const [objectives, setObjectives] = useState<FeedbackObjective[]>([...programme.objectives]);
  const [indicators, setIndicators] = useState<IndicatorDraft[]>(() => draftOf(programme));
  const [monthsProblem, setMonthsProblem] = useState<string | null>(null);
  const [keyErrors, setKeyErrors] = useState<Record<number, string>>({});
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(UpdateProgrammeConfigurationDocument);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const months = caseMonths.trim() === '' ? null : Number(caseMonths);
    const monthsBad = months !== null && (!Number.isInteger(months) || months < 1 || months > 60);
    setMonthsProblem(monthsBad ? t('programmeSettings.caseMonthsInvalid') : null);
    const keys: Record<number, string> = {};
    indicators.forEach((i, n) => {
      if (!INDICATOR_KEY_PATTERN.test(i.key.trim())) keys[n] = t('programmeSettings.keyHint');
    });
    setKeyErrors(keys);
    if (monthsBad || Object.keys(keys).length) return;
    try {
      await save({
        variables: {
          input: {
            programme: programme.code,
            caseKind,
            fundingRule,
            caseMonths: months,
            // In the order they are listed.
            objectives: FEEDBACK_OBJECTIVES.filter((o) => objectives.includes(o)),
            indicators: indicators.map((i) => ({ ...i, key: i.key.trim(), choices: i.type === 'CHOICE' ? i.choices : [] })),
          },
        },
      });
      setSaved(true);
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t(`programme.${programme.code}`)}>
      <div className="grid grid-2">
        <SelectField label={t('programmeSettings.caseKind')} value={caseKind} onChange={setCaseKind} options={CASE_KINDS.map((k) => ({ value: k, label: t(`caseKind.${k}`) }))} />
        <SelectField label={t('programmeSettings.fundingRule')} value={fundingRule} onChange={setFundingRule} options={FUNDING_RULES.map((r) => ({ value: r, label: t(`fundingRule.${r}`) }))} />
      </div>
      <TextField
        label={t('programmeSettings.caseMonths')}
        hint={t('programmeSettings.caseMonthsHint')}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={caseMonths}
        onChange={setCaseMonths}
        errors={monthsProblem ? [monthsProblem] : undefined}
      />
      <CheckboxGroup legend={t('programmeSettings.objectives')} options={FEEDBACK_OBJECTIVES.map((o) => ({ value: o, label: t(`objective.${o}`) }))} values={objectives} onChange={setObjectives} />
      <IndicatorEditor value={indicators} onChange={setIndicators} keyErrors={keyErrors} />
      <FormError error={error} />
      {saved && <StatusMessage>{t('programmeSettings.saved', { programme: t(`programme.${programme.code}`) })}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('programmeSettings.save')}
        </button>
      </div>
    </form>
  );
}

/** /admin/programmes: a programme's configuration as data (admins): case kind, duration, funding, objectives, indicators. */
export function ProgrammeSettingsPage() {
  const t = useT();
  usePageTitle(t('programmeSettings.title'));
  const [params, setParams] = useSearchParams();
  const param = params.get('programme');
  const code: ProgrammeCode = isProgramme(param) ? param : 'RESETTLEMENT';
  const { data, loading, error } = useQuery(ProgrammeSettingsDocument);
  const programme = data?.programmes.find((p) => p.code === code);
  return (
    <div className="page">
      <h1>{t('programmeSettings.title')}</h1>
      <p className="lead">{t('programmeSettings.intro')}</p>
      <SelectField
        label={t('programmeSettings.programme')}
        value={code}
        onChange={(v) => setParams({ programme: v }, { replace: true })}
        options={PROGRAMME_CODES.map((p) => ({ value: p, label: t(`programme.${p}`) }))}
      />
      {loading && !data ? <Loading /> : error && !data ? <InlineError error={error} /> : programme ? <ProgrammeSettingsForm key={programme.code} programme={programme} /> : null}
    </div>
  );
}
