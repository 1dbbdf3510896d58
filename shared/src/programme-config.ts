/**
 * A programme's configuration, kept as data (table `programme`) and editable by admins: which kind
 * of case its partnerships follow, what its periodic reports ask (indicators), how it is funded
 * and which evaluation objectives its feedback rounds ask about.
 */
import { FEEDBACK_OBJECTIVES, type FeedbackObjective, type ProgrammeCode } from './domain.js';

/** What its partnerships follow: households (resettlement), return files, desk contacts, support trajectories. */
export const CASE_KINDS = ['RESETTLEMENT_HOUSEHOLD', 'RETURN_FILE', 'DESK_CONTACT', 'SUPPORT_TRAJECTORY'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Resettlement: the flat amounts per person (funding.ts, unchanged). Others: a budget agreed per partnership. */
export const FUNDING_RULES = ['RESETTLEMENT_FLAT', 'AGREED_BUDGET'] as const;
export type FundingRule = (typeof FUNDING_RULES)[number];

export const INDICATOR_TYPES = ['NUMBER', 'CHOICE', 'TEXT'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export interface LocalisedLabel {
  nl: string;
  fr: string;
  en: string;
}

export interface IndicatorChoice {
  key: string;
  label: LocalisedLabel;
}

/** One figure a periodic report asks for. */
export interface Indicator {
  key: string;
  type: IndicatorType;
  label: LocalisedLabel;
  /** For CHOICE only: the allowed answers. */
  choices: IndicatorChoice[];
  /** A submission without it is refused (INDICATORS_INCOMPLETE). */
  required: boolean;
}

export interface ProgrammeConfig {
  caseKind: CaseKind;
  fundingRule: FundingRule;
  /** Months a case is followed (resettlement guidance: 12; a vulnerable-group trajectory: 6); null: open-ended. */
  caseMonths: number | null;
  indicators: Indicator[];
  objectives: FeedbackObjective[];
}

/** Whether a programme's partnerships register households (the resettlement household, its guidance and plan). */
export const followsHouseholds = (programme: Pick<ProgrammeConfig, 'caseKind'>) => programme.caseKind === 'RESETTLEMENT_HOUSEHOLD';

/** What of a programme decides its households' guidance term (an entity's caseMonths may be unset). */
export interface GuidanceTermConfig {
  caseKind: CaseKind;
  caseMonths?: number | null;
}

/**
 * Months one guidance term of a household lasts under its programme: the programme's caseMonths
 * (resettlement: 12; an extension adds a second term). A programme that follows households always
 * has them (the configuration refuses one without); anything else is a programming error.
 */
export function guidanceMonths(programme: GuidanceTermConfig): number {
  if (!followsHouseholds(programme) || !programme.caseMonths) throw new Error(`No household guidance term for a ${programme.caseKind} programme with caseMonths ${programme.caseMonths}`);
  return programme.caseMonths;
}

/** One answer to an indicator: exactly the field of its type is set. */
export interface IndicatorValue {
  key: string;
  number: number | null;
  choice: string | null;
  text: string | null;
}

export const INDICATOR_KEY_PATTERN = /^[a-z][a-zA-Z0-9_]{0,39}$/;
export const INDICATOR_NUMBER_MAX = 1_000_000;
export const INDICATOR_TEXT_MAX = 2000;
export const MAX_INDICATORS = 30;

const l = (nl: string, fr: string, en: string): LocalisedLabel => ({ nl, fr, en });
const n = (key: string, label: LocalisedLabel, required = true): Indicator => ({ key, type: 'NUMBER', label, choices: [], required });

/** The four programmes as the migration seeds them (seeds 000, 003 and 004); admins edit them afterwards. */
export const PROGRAMME_DEFAULTS: Record<ProgrammeCode, ProgrammeConfig> = {
  RESETTLEMENT: { caseKind: 'RESETTLEMENT_HOUSEHOLD', fundingRule: 'RESETTLEMENT_FLAT', caseMonths: 12, indicators: [], objectives: [...FEEDBACK_OBJECTIVES] },
  VOLUNTARY_RETURN: {
    caseKind: 'RETURN_FILE',
    fundingRule: 'AGREED_BUDGET',
    caseMonths: null,
    objectives: [],
    indicators: [
      n('returns', l('Terugkeren deze maand', 'Retours ce mois-ci', 'Returns this month')),
      n('peopleInformed', l('Personen geïnformeerd aan het loket', 'Personnes informées au guichet', 'People informed at the desk')),
      n('reintegrationOpen', l('Lopende re-integratieopvolgingen', 'Suivis de réintégration en cours', 'Reintegration follow-ups open')),
      {
        key: 'mainCountry',
        type: 'CHOICE',
        label: l('Belangrijkste land van terugkeer', 'Principal pays de retour', 'Main country of return'),
        choices: [
          { key: 'GE', label: l('Georgië', 'Géorgie', 'Georgia') },
          { key: 'BR', label: l('Brazilië', 'Brésil', 'Brazil') },
          { key: 'RO', label: l('Roemenië', 'Roumanie', 'Romania') },
          { key: 'UA', label: l('Oekraïne', 'Ukraine', 'Ukraine') },
          { key: 'OTHER', label: l('Ander land', 'Autre pays', 'Other country') },
        ],
        required: false,
      },
      { key: 'remarks', type: 'TEXT', label: l('Opmerkingen', 'Remarques', 'Remarks'), choices: [], required: false },
    ],
  },
  SOCIO_LEGAL_DESK: {
    caseKind: 'DESK_CONTACT',
    fundingRule: 'AGREED_BUDGET',
    caseMonths: null,
    objectives: [],
    indicators: [
      n('socialSupport', l('Contacten sociale ondersteuning', 'Contacts soutien social', 'Social support contacts')),
      n('legalSupport', l('Contacten juridische ondersteuning', 'Contacts soutien juridique', 'Legal support contacts')),
      n('medicalSupport', l('Contacten medische ondersteuning', 'Contacts soutien médical', 'Medical support contacts')),
      // Desk contacts are anonymous or pseudonymous: the desk counts them, it keeps no case per person.
      n('peopleReached', l('Bereikte personen buiten het opvangnetwerk', "Personnes atteintes hors du réseau d'accueil", 'People reached outside the reception network')),
      { key: 'remarks', type: 'TEXT', label: l('Opmerkingen', 'Remarques', 'Remarks'), choices: [], required: false },
    ],
  },
  VULNERABLE_GROUPS: {
    caseKind: 'SUPPORT_TRAJECTORY',
    fundingRule: 'AGREED_BUDGET',
    caseMonths: 6,
    objectives: [],
    indicators: [
      n('trajectoriesOpen', l('Lopende trajecten', 'Trajets en cours', 'Trajectories open')),
      n('trajectoriesStarted', l('Gestarte trajecten', 'Trajets commencés', 'Trajectories started')),
      {
        key: 'mainTargetGroup',
        type: 'CHOICE',
        label: l('Belangrijkste doelgroep', 'Principal groupe cible', 'Main target group'),
        choices: [
          { key: 'MEDICAL', label: l('Medische ondersteuning op maat', 'Soutien médical sur mesure', 'Tailored medical support') },
          { key: 'TRAFFICKING', label: l('Slachtoffers van mensenhandel', 'Victimes de la traite', 'Victims of trafficking') },
          { key: 'MINORS', label: l('(Ex-)niet-begeleide minderjarigen', '(Ex-)mineurs non accompagnés', '(Former) unaccompanied minors') },
          { key: 'FAMILIES', label: l('Gezinnen met kinderen', 'Familles avec enfants', 'Families with children') },
        ],
        required: false,
      },
    ],
  },
};

export interface IndicatorProblem {
  key: string;
  code: 'INDICATOR_UNKNOWN' | 'INDICATOR_VALUE_INVALID';
}

/** Checks answers against a programme's indicators by type; the problems found, none when valid. */
export function indicatorProblems(indicators: readonly Indicator[], values: readonly IndicatorValue[]): IndicatorProblem[] {
  const out: IndicatorProblem[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const ind = indicators.find((i) => i.key === v.key);
    if (!ind || seen.has(v.key)) {
      out.push({ key: v.key, code: ind ? 'INDICATOR_VALUE_INVALID' : 'INDICATOR_UNKNOWN' });
      continue;
    }
    seen.add(v.key);
    const others = ind.type === 'NUMBER' ? [v.choice, v.text] : ind.type === 'CHOICE' ? [v.number, v.text] : [v.number, v.choice];
    let valid = others.every((x) => x === null || x === undefined);
    if (ind.type === 'NUMBER') valid &&= v.number === null || (Number.isInteger(v.number) && v.number >= 0 && v.number <= INDICATOR_NUMBER_MAX);
    if (ind.type === 'CHOICE') valid &&= v.choice === null || ind.choices.some((c) => c.key === v.choice);
    if (ind.type === 'TEXT') valid &&= v.text === null || v.text.length <= INDICATOR_TEXT_MAX;
    if (!valid) out.push({ key: v.key, code: 'INDICATOR_VALUE_INVALID' });
  }
  return out;
}

/** Whether a value answers its indicator (a required one must be answered to submit). */
export const isAnswered = (v: IndicatorValue | undefined) => !!v && (v.number !== null || v.choice !== null || (v.text !== null && v.text.trim() !== ''));

/** Problems of an indicator list itself (admins edit it): the offending keys. */
export function indicatorListProblems(indicators: readonly Indicator[]): string[] {
  const bad: string[] = [];
  const seen = new Set<string>();
  if (indicators.length > MAX_INDICATORS) bad.push('*');
  for (const i of indicators) {
    const labelsOk = (lbl: LocalisedLabel) => [lbl.nl, lbl.fr, lbl.en].every((s) => s.trim().length > 0 && s.length <= 200);
    const choicesOk =
      i.type === 'CHOICE'
        ? i.choices.length >= 2 && new Set(i.choices.map((c) => c.key)).size === i.choices.length && i.choices.every((c) => /^[A-Za-z0-9_]{1,40}$/.test(c.key) && labelsOk(c.label))
        : i.choices.length === 0;
    if (!INDICATOR_KEY_PATTERN.test(i.key) || seen.has(i.key) || !labelsOk(i.label) || !choicesOk) bad.push(i.key);
    seen.add(i.key);
  }
  return bad;
}

/** The stages of a voluntary return file, in order (seed 003: information up to the reintegration follow-up). */
export const RETURN_STAGES = ['INFORMATION', 'APPLICATION', 'DEPARTURE_BOOKED', 'DEPARTED', 'REINTEGRATION_PLAN', 'REINTEGRATION_SUPPORT_PAID', 'FOLLOW_UP_CLOSED'] as const;
export type ReturnStage = (typeof RETURN_STAGES)[number];

/** Days a file may stay in a stage before it is flagged overdue on the board (the last stage never is). */
export const RETURN_STAGE_LIMIT_DAYS: Record<ReturnStage, number | null> = {
  INFORMATION: 30,
  APPLICATION: 45,
  DEPARTURE_BOOKED: 30,
  DEPARTED: 60,
  REINTEGRATION_PLAN: 90,
  REINTEGRATION_SUPPORT_PAID: 180,
  FOLLOW_UP_CLOSED: null,
};

/** Whether a file in `stage` since `since` (YYYY-MM-DD) is overdue on `today`. */
export function returnFileOverdue(stage: ReturnStage, since: string, today: string): boolean {
  const limit = RETURN_STAGE_LIMIT_DAYS[stage];
  if (limit === null) return false;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000;
  return days > limit;
}
