import { useMutation, useQuery } from '@apollo/client/react';
import { PROGRAMME_CODES, STEP_ANCHORS, STEP_OWNERS, type ProgrammeCode, type StepAnchor, type StepOwner } from '@partner-hub/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { evictObject } from '../../app/cache';
import { useI18n, useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { StepTemplateRow_TemplateFragment } from '../../gql/graphql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { CheckboxField, SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
import { usePageTitle } from '../../ui/usePageTitle';
import styles from './templates.module.css';

export const StepTemplateRow_template = graphql(`
  fragment StepTemplateRow_template on StepTemplate {
    id
    key
    position
    anchor
    offsetDays
    owner
    perSchoolAgeChild
    label {
      nl
      fr
      en
    }
  }
`);

export const PlanTemplatesDocument = graphql(`
  query PlanTemplates($programme: ProgrammeCode!) {
    stepTemplates(programme: $programme) {
      id
      ...StepTemplateRow_template
    }
    programmes {
      id
      code
      nextHomeSearchMonths
      staleAfterDays
    }
  }
`);

export const SaveStepTemplateDocument = graphql(`
  mutation SaveStepTemplate($programme: ProgrammeCode!, $input: StepTemplateInput!) {
    saveStepTemplate(programme: $programme, input: $input) {
      id
      ...StepTemplateRow_template
    }
  }
`);

export const RemoveStepTemplateDocument = graphql(`
  mutation RemoveStepTemplate($id: ID!) {
    removeStepTemplate(id: $id)
  }
`);

export const UpdateProgrammeSettingsDocument = graphql(`
  mutation UpdateProgrammeSettings($programme: ProgrammeCode!, $nextHomeSearchMonths: Int!, $staleAfterDays: Int!) {
    updateProgrammeSettings(programme: $programme, nextHomeSearchMonths: $nextHomeSearchMonths, staleAfterDays: $staleAfterDays) {
      id
      code
      nextHomeSearchMonths
      staleAfterDays
    }
  }
`);

type Template = StepTemplateRow_TemplateFragment;

const KEY_PATTERN = /^[A-Z][A-Z0-9_]{1,59}$/;

/** Adds a step (no template) or changes one; the list is fetched again, in the template's order. */
function StepTemplateForm({ programme, template, nextPosition, onDone }: { programme: ProgrammeCode; template: Template | null; nextPosition: number; onDone: (label: string) => void }) {
  const { t, localize } = useI18n();
  const [key, setKey] = useState(template?.key ?? '');
  const [nl, setNl] = useState(template?.label.nl ?? '');
  const [fr, setFr] = useState(template?.label.fr ?? '');
  const [en, setEn] = useState(template?.label.en ?? '');
  const [anchor, setAnchor] = useState<StepAnchor>(template?.anchor ?? 'ARRIVAL');
  const [offset, setOffset] = useState(String(template?.offsetDays ?? 14));
  const [owner, setOwner] = useState<StepOwner>(template?.owner ?? 'PARTNER');
  const [perChild, setPerChild] = useState(template?.perSchoolAgeChild ?? false);
  const [position, setPosition] = useState(String(template?.position ?? nextPosition));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [save, { loading, error }] = useMutation(SaveStepTemplateDocument, { refetchQueries: ['PlanTemplates'], awaitRefetchQueries: true });
  const titleId = template ? `template-edit-${template.id}` : 'template-add-title';
  const titleRef = useRef<HTMLHeadingElement>(null);
  // "Edit" in the table opens this form below it: take the focus (and the view) there.
  const editingOnMount = useRef(Boolean(template));
  useEffect(() => {
    if (editingOnMount.current) titleRef.current?.focus();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const offsetDays = Number(offset);
    const pos = Number(position);
    const found: Record<string, string> = {};
    if (!KEY_PATTERN.test(key.trim())) found.key = t('templates.keyInvalid');
    if (!nl.trim() || !fr.trim() || !en.trim()) found.label = t('templates.labelsRequired');
    if (!Number.isInteger(offsetDays) || offsetDays < -365 || offsetDays > 730 || offset.trim() === '') found.offset = t('templates.offsetInvalid');
    if (!Number.isInteger(pos) || pos < 0 || pos > 1000 || position.trim() === '') found.position = t('validation.invalid');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save({
        variables: {
          programme,
          input: {
            ...(template ? { id: template.id } : {}),
            key: key.trim(),
            label: { nl: nl.trim(), fr: fr.trim(), en: en.trim() },
            anchor,
            offsetDays,
            owner,
            perSchoolAgeChild: perChild,
            position: pos,
          },
        },
      });
      onDone(localize({ nl: nl.trim(), fr: fr.trim(), en: en.trim() }));
    } catch {
      // shown below
    }
  };

  const firstProblem = Object.values(problems)[0] ?? null;

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {template ? t('templates.editTitle', { label: localize(template.label) }) : t('templates.add')}
      </h2>
      <TextField
        label={t('templates.key')}
        hint={t('templates.keyHint')}
        value={key}
        onChange={(v) => setKey(v.toUpperCase())}
        disabled={Boolean(template)}
        errors={problems.key ? [problems.key] : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="grid grid-3">
        <TextField label={t('templates.labelNl')} lang="nl" value={nl} onChange={setNl} errors={problems.label && !nl.trim() ? [problems.label] : undefined} />
        <TextField label={t('templates.labelFr')} lang="fr" value={fr} onChange={setFr} errors={problems.label && !fr.trim() ? [problems.label] : undefined} />
        <TextField label={t('templates.labelEn')} lang="en" value={en} onChange={setEn} errors={problems.label && !en.trim() ? [problems.label] : undefined} />
      </div>
      <div className="grid grid-2">
        <SelectField label={t('templates.anchor')} value={anchor} onChange={setAnchor} options={STEP_ANCHORS.map((a) => ({ value: a, label: t(`stepAnchor.${a}`) }))} />
        <TextField
          label={t('templates.offset')}
          type="number"
          inputMode="numeric"
          min={-365}
          max={730}
          hint={t('templates.offsetHint')}
          value={offset}
          onChange={setOffset}
          errors={problems.offset ? [problems.offset] : undefined}
        />
        <SelectField label={t('templates.owner')} value={owner} onChange={setOwner} options={STEP_OWNERS.map((o) => ({ value: o, label: t(`stepOwner.${o}`) }))} />
        <TextField
          label={t('templates.position')}
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          value={position}
          onChange={setPosition}
          errors={problems.position ? [problems.position] : undefined}
        />
      </div>
      <CheckboxField label={t('templates.perChild')} checked={perChild} onChange={setPerChild} />
      <FormError message={firstProblem} error={firstProblem ? undefined : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : template ? t('app.save') : t('templates.addSubmit')}
        </button>
        {template && (
          <button type="button" className="button button-secondary" onClick={() => onDone('')}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function RemoveTemplateButton({ template }: { template: Template }) {
  const { t, localize } = useI18n();
  const label = localize(template.label);
  const [remove, { loading, error }] = useMutation(RemoveStepTemplateDocument, {
    // removeStepTemplate answers a Boolean: forget the step, and the list drops it.
    update: (cache, { data }) => {
      if (data?.removeStepTemplate) evictObject(cache, 'StepTemplate', template.id);
    },
  });
  return (
    <>
      <ConfirmAction
        triggerLabel={t('templates.remove', { label })}
        shortLabel={t('app.remove')}
        small
        question={t('templates.removeConfirm', { label })}
        confirmLabel={t('templates.removeYes')}
        busy={loading}
        onConfirm={() => remove({ variables: { id: template.id } })}
      />
      <FormError error={error} />
    </>
  );
}

function TemplateTable({ templates, onEdit }: { templates: readonly FragmentType<typeof StepTemplateRow_template>[]; onEdit: (id: string) => void }) {
  const { t, localize } = useI18n();
  const rows = getFragmentData(StepTemplateRow_template, templates);
  return (
    <TableWrap label={t('templates.steps')}>
      <table className={`responsive-table ${styles.templateTable}`}>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('col.position')}
            </th>
            <th scope="col">{t('col.label')}</th>
            <th scope="col">{t('col.key')}</th>
            <th scope="col">{t('col.due')}</th>
            <th scope="col">{t('col.owner')}</th>
            <th scope="col">{t('col.perChild')}</th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} data-testid="template-row">
              <td data-label={t('col.position')} className="numeric">
                {s.position}
              </td>
              <th scope="row" data-label={t('col.label')}>
                <ul className={styles.plainList}>
                  <li lang="nl">
                    <span className={styles.langTag} aria-hidden="true">
                      NL
                    </span>{' '}
                    {s.label.nl}
                  </li>
                  <li lang="fr">
                    <span className={styles.langTag} aria-hidden="true">
                      FR
                    </span>{' '}
                    {s.label.fr}
                  </li>
                  <li lang="en">
                    <span className={styles.langTag} aria-hidden="true">
                      EN
                    </span>{' '}
                    {s.label.en}
                  </li>
                </ul>
              </th>
              <td data-label={t('col.key')}>
                <code>{s.key}</code>
              </td>
              <td data-label={t('col.due')}>
                {t(s.offsetDays < 0 ? 'templates.dueTextBefore' : 'templates.dueText', { count: Math.abs(s.offsetDays), anchor: t(`stepAnchor.${s.anchor}`).toLocaleLowerCase() })}
              </td>
              <td data-label={t('col.owner')}>{t(`stepOwner.${s.owner}`)}</td>
              <td data-label={t('col.perChild')}>{s.perSchoolAgeChild ? t('app.yes') : t('app.no')}</td>
              <td data-label={t('col.actions')}>
                <div className="button-row">
                  <button type="button" className="button button-secondary button-small" aria-label={t('templates.edit', { label: localize(s.label) })} onClick={() => onEdit(s.id)}>
                    {t('app.edit')}
                  </button>
                  <RemoveTemplateButton template={s} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function ProgrammeSettingsForm({ programme, months, days }: { programme: ProgrammeCode; months: number; days: number }) {
  const t = useT();
  const [monthsText, setMonthsText] = useState(String(months));
  const [daysText, setDaysText] = useState(String(days));
  const [saved, setSaved] = useState(false);
  const [clientError, setClientError] = useState<string | null>(null);
  const [update, { loading, error }] = useMutation(UpdateProgrammeSettingsDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const m = Number(monthsText);
    const d = Number(daysText);
    if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 7 || d > 365 || !monthsText.trim() || !daysText.trim()) {
      setClientError(t('templates.settingsInvalid'));
      return;
    }
    setClientError(null);
    try {
      await update({ variables: { programme, nextHomeSearchMonths: m, staleAfterDays: d } });
      setSaved(true);
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('templates.settings')}</h2>
      <div className="grid grid-2">
        <TextField
          label={t('templates.nextHomeSearchMonths')}
          hint={t('templates.nextHomeSearchMonthsHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={12}
          value={monthsText}
          onChange={(v) => {
            setMonthsText(v);
            setSaved(false);
          }}
        />
        <TextField
          label={t('templates.staleAfterDays')}
          hint={t('templates.staleAfterDaysHint')}
          type="number"
          inputMode="numeric"
          min={7}
          max={365}
          value={daysText}
          onChange={(v) => {
            setDaysText(v);
            setSaved(false);
          }}
        />
      </div>
      <FormError message={clientError} error={clientError ? undefined : error} />
      {saved && !error && <StatusMessage>{t('templates.settingsSaved')}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('app.saving') : t('templates.settingsSave')}
        </button>
      </div>
    </form>
  );
}

const isProgramme = (v: string | null): v is ProgrammeCode => v !== null && (PROGRAMME_CODES as readonly string[]).includes(v);

/** /admin/plan-templates: a programme's plan template (steps in three languages) and its progress settings. */
export function PlanTemplatesPage() {
  const t = useT();
  usePageTitle(t('templates.title'));
  const [params, setParams] = useSearchParams();
  const param = params.get('programme');
  const programme: ProgrammeCode = isProgramme(param) ? param : 'RESETTLEMENT';
  const { data, loading, error } = useQuery(PlanTemplatesDocument, { variables: { programme } });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const templates = data?.stepTemplates ?? [];
  const rows = getFragmentData(StepTemplateRow_template, templates);
  const editing = rows.find((r) => r.id === editingId) ?? null;
  const nextPosition = rows.reduce((max, r) => Math.max(max, r.position + 1), 0);
  const settings = data?.programmes.find((p) => p.code === programme);

  const done = (label: string) => {
    setSaved(label ? t('templates.saved', { label }) : null);
    setEditingId(null);
  };

  return (
    <div className="page">
      <h1>{t('templates.title')}</h1>
      <p className="lead">{t('templates.intro')}</p>
      <p className="notice">{t('templates.appliesToNew')}</p>
      <div className="filters">
        <SelectField
          label={t('quota.programme')}
          value={programme}
          onChange={(v) => {
            setEditingId(null);
            setSaved(null);
            setParams({ programme: v }, { replace: true });
          }}
          options={PROGRAMME_CODES.map((c) => ({ value: c, label: t(`programme.${c}`) }))}
        />
      </div>

      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : (
        <>
          <section className="section" aria-labelledby="template-steps-heading">
            <h2 id="template-steps-heading">
              {t('templates.steps')}: {t(`programme.${programme}`)}
            </h2>
            {saved && <StatusMessage>{saved}</StatusMessage>}
            {rows.length === 0 ? (
              <EmptyState>
                <p>{t('templates.empty')}</p>
              </EmptyState>
            ) : (
              <TemplateTable
                templates={templates}
                onEdit={(id) => {
                  setSaved(null);
                  setEditingId(id);
                }}
              />
            )}
          </section>
          <div className="section">
            <StepTemplateForm key={`${programme}-${editing?.id ?? 'new'}-${nextPosition}`} programme={programme} template={editing} nextPosition={nextPosition} onDone={done} />
          </div>
          {settings && (
            <div className="section">
              <ProgrammeSettingsForm key={settings.code} programme={programme} months={settings.nextHomeSearchMonths} days={settings.staleAfterDays} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
