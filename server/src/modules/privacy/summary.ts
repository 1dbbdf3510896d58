/** The human-readable summary of an export, in the language asked for (nl, fr, en). */
import type { Locale } from '@partner-hub/shared';

type Words = Record<
  | 'householdTitle'
  | 'accountTitle'
  | 'generated'
  | 'by'
  | 'household'
  | 'member'
  | 'programme'
  | 'partnership'
  | 'members'
  | 'arrival'
  | 'guidance'
  | 'extended'
  | 'specificNeeds'
  | 'none'
  | 'housing'
  | 'funding'
  | 'contents'
  | 'files'
  | 'accessLog'
  | 'erased'
  | 'profile'
  | 'email'
  | 'role'
  | 'messages'
  | 'signIns'
  | 'readme'
  | 'yes'
  | 'no',
  string
>;

const WORDS: Record<Locale, Words> = {
  en: {
    householdTitle: 'Personal data held by Partner Hub: household',
    accountTitle: 'Personal data held by Partner Hub: your account',
    generated: 'Generated on',
    by: 'by',
    household: 'Household',
    member: 'Member',
    programme: 'Programme',
    partnership: 'Partnership',
    members: 'Members',
    arrival: 'Arrival',
    guidance: 'Start of guidance',
    extended: 'Guidance extended to a second year',
    specificNeeds: 'Specific needs',
    none: 'none',
    housing: 'Housing',
    funding: 'Funding (flat amounts)',
    contents: 'What this archive holds (one JSON file per kind of record)',
    files: 'Documents',
    accessLog: 'Views of the specific needs and sensitive documents',
    erased: 'The personal data of this household was erased on',
    profile: 'Profile',
    email: 'Email',
    role: 'Role',
    messages: 'Messages you wrote',
    signIns: 'Sign-ins',
    readme: 'The JSON files are machine-readable (UTF-8); dates are in UTC (ISO 8601), amounts in euro cents.',
    yes: 'yes',
    no: 'no',
  },
  nl: {
    householdTitle: 'Persoonsgegevens in Partner Hub: gezin',
    accountTitle: 'Persoonsgegevens in Partner Hub: uw account',
    generated: 'Aangemaakt op',
    by: 'door',
    household: 'Gezin',
    member: 'Gezinslid',
    programme: 'Programma',
    partnership: 'Partnerschap',
    members: 'Gezinsleden',
    arrival: 'Aankomst',
    guidance: 'Start van de begeleiding',
    extended: 'Begeleiding verlengd met een tweede jaar',
    specificNeeds: 'Specifieke noden',
    none: 'geen',
    housing: 'Huisvesting',
    funding: 'Financiering (forfaits)',
    contents: 'Inhoud van dit archief (één JSON-bestand per soort gegevens)',
    files: 'Documenten',
    accessLog: 'Inzages van de specifieke noden en gevoelige documenten',
    erased: 'De persoonsgegevens van dit gezin werden gewist op',
    profile: 'Profiel',
    email: 'E-mail',
    role: 'Rol',
    messages: 'Berichten die u schreef',
    signIns: 'Aanmeldingen',
    readme: 'De JSON-bestanden zijn machineleesbaar (UTF-8); datums in UTC (ISO 8601), bedragen in eurocent.',
    yes: 'ja',
    no: 'nee',
  },
  fr: {
    householdTitle: 'Données personnelles détenues par Partner Hub : ménage',
    accountTitle: 'Données personnelles détenues par Partner Hub : votre compte',
    generated: 'Généré le',
    by: 'par',
    household: 'Ménage',
    member: 'Membre',
    programme: 'Programme',
    partnership: 'Partenariat',
    members: 'Membres',
    arrival: 'Arrivée',
    guidance: "Début de l'accompagnement",
    extended: "Accompagnement prolongé d'une deuxième année",
    specificNeeds: 'Besoins spécifiques',
    none: 'aucun',
    housing: 'Logement',
    funding: 'Financement (forfaits)',
    contents: 'Contenu de cette archive (un fichier JSON par type de données)',
    files: 'Documents',
    accessLog: 'Consultations des besoins spécifiques et des documents sensibles',
    erased: 'Les données personnelles de ce ménage ont été effacées le',
    profile: 'Profil',
    email: 'E-mail',
    role: 'Rôle',
    messages: 'Messages que vous avez écrits',
    signIns: 'Connexions',
    readme: 'Les fichiers JSON sont lisibles par machine (UTF-8) ; dates en UTC (ISO 8601), montants en centimes d’euro.',
    yes: 'oui',
    no: 'non',
  },
};

const euro = (locale: Locale, cents: number) => new Intl.NumberFormat(`${locale}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100);
const when = (locale: Locale, d: Date) => new Intl.DateTimeFormat(`${locale}-BE`, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(d);
const count = (v: unknown) => (Array.isArray(v) ? v.length : v && typeof v === 'object' && Object.keys(v).length ? 1 : 0);

export function householdSummary(
  locale: Locale,
  x: {
    reference: string;
    memberName: string | null;
    programme: string;
    partnership: string;
    arrivalDate: string | null;
    guidanceStart: string | null;
    guidanceExtended: boolean;
    members: { firstName: string; lastName: string; birthYear: number; relationship: string }[];
    specificNeeds: string[];
    specificNeedsNote: string | null;
    housing: string | null;
    funding: { totalCents: number; lines: { kind: string; quantity: number; amountCents: number }[] };
    records: Record<string, unknown>;
    files: { path: string; size: number }[];
    accessLog: { at: Date; what: string; user: string }[];
    erasedAt: Date | null;
    exportedBy: string;
    at: Date;
  },
): string {
  const w = WORDS[locale];
  const lines = [
    w.householdTitle,
    '='.repeat(w.householdTitle.length),
    `${w.generated} ${when(locale, x.at)} ${w.by} ${x.exportedBy}`,
    '',
    `${w.household}: ${x.reference}`,
    ...(x.memberName ? [`${w.member}: ${x.memberName}`] : []),
    `${w.programme}: ${x.programme}`,
    `${w.partnership}: ${x.partnership}`,
    `${w.arrival}: ${x.arrivalDate ?? '—'}`,
    `${w.guidance}: ${x.guidanceStart ?? '—'}`,
    `${w.extended}: ${x.guidanceExtended ? w.yes : w.no}`,
    ...(x.erasedAt ? ['', `${w.erased} ${when(locale, x.erasedAt)}.`] : []),
    '',
    `${w.members}:`,
    ...x.members.map((m) => `  - ${m.firstName} ${m.lastName} (${m.birthYear}, ${m.relationship})`),
    '',
    `${w.specificNeeds}: ${x.specificNeeds.length ? x.specificNeeds.join(', ') : w.none}`,
    ...(x.specificNeedsNote ? [`  ${x.specificNeedsNote}`] : []),
    `${w.housing}: ${x.housing ?? '—'}`,
    '',
    `${w.funding}: ${euro(locale, x.funding.totalCents)}`,
    ...x.funding.lines.map((l) => `  - ${l.kind} × ${l.quantity}: ${euro(locale, l.amountCents)}`),
    '',
    `${w.contents}:`,
    ...Object.entries(x.records).map(([k, v]) => `  - ${k}.json: ${count(v)}`),
    '',
    `${w.files}: ${x.files.length}`,
    ...x.files.map((f) => `  - ${f.path} (${f.size} B)`),
    '',
    `${w.accessLog}: ${x.accessLog.length}`,
    ...x.accessLog.map((a) => `  - ${when(locale, a.at)}: ${a.user} (${a.what})`),
    '',
    w.readme,
    '',
  ];
  return lines.join('\n');
}

export function accountSummary(locale: Locale, x: { name: string; email: string; role: string; records: Record<string, unknown>; messages: number; signIns: number; at: Date }): string {
  const w = WORDS[locale];
  return [
    w.accountTitle,
    '='.repeat(w.accountTitle.length),
    `${w.generated} ${when(locale, x.at)}`,
    '',
    `${w.profile}: ${x.name}`,
    `${w.email}: ${x.email}`,
    `${w.role}: ${x.role}`,
    `${w.messages}: ${x.messages}`,
    `${w.signIns}: ${x.signIns}`,
    '',
    `${w.contents}:`,
    ...Object.keys(x.records).map((k) => `  - ${k}.json`),
    '',
    w.readme,
    '',
  ].join('\n');
}
