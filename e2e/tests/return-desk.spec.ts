// Journeys of a voluntary return desk (issue 15), in Dutch (Terugkeerloket Brussel) and in French
// (Guichet retour Liège), on the demo data: the desk's contact person signs in, sees the desk rota
// (IOM three days a week, Caritas one day) and the open return files with their stages and overdue
// flags, opens an overdue file and moves it on to its next stage; the return partner submits this
// month's report with its return figures, the contact person accepts it, and the figures appear
// on the programme's dashboard chart and table.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { DEMO_PASSWORD, apiSession, graphql, partnershipIdByName, signIn, todayInBrussels, type Account } from './support/hub';

const demo = (email: string, name: string): Account => ({ email, name, password: DEMO_PASSWORD });
const STAGES = ['INFORMATION', 'APPLICATION', 'DEPARTURE_BOOKED', 'DEPARTED', 'REINTEGRATION_PLAN', 'REINTEGRATION_SUPPORT_PAID', 'FOLLOW_UP_CLOSED'] as const;
type Stage = (typeof STAGES)[number];

interface Journey {
  lang: 'nl' | 'fr';
  desk: string;
  contact: Account;
  partner: Account;
  returns: number;
  rota: [partner: string, days: string][];
  welcome: (name: string) => string;
  stage: Record<Stage, string>;
  text: {
    rota: string;
    files: string;
    openFile: (ref: string) => string;
    overdue: string;
    advance: (stage: string) => string;
    advanced: (ref: string, stage: string) => string;
    returns: string;
    informed: string;
    reintegration: string;
    submit: string;
    submitted: string;
    openRound: RegExp;
    accept: string;
    accepted: string;
    yearTotal: (total: string) => string;
    chart: (year: number) => string;
  };
}

const JOURNEYS: Journey[] = [
  {
    lang: 'nl',
    desk: 'Terugkeerloket Brussel',
    contact: demo('contact.terugkeer@partnerhub.example', 'Eva Van Damme'),
    partner: demo('coordinator.iom@partnerhub.example', 'Jan De Smet'),
    returns: 31,
    rota: [
      ['Caritas International', 'woensdag'],
      ['IOM Belgium', 'maandag, dinsdag, donderdag'],
    ],
    welcome: (name) => `Welkom, ${name}`,
    stage: {
      INFORMATION: 'Informatie',
      APPLICATION: 'Aanvraag',
      DEPARTURE_BOOKED: 'Vertrek geboekt',
      DEPARTED: 'Vertrokken',
      REINTEGRATION_PLAN: 'Re-integratieplan',
      REINTEGRATION_SUPPORT_PAID: 'Re-integratiesteun betaald',
      FOLLOW_UP_CLOSED: 'Opvolging afgesloten',
    },
    text: {
      rota: 'Loketrooster',
      files: 'Terugkeerdossiers',
      openFile: (ref) => `Dossier ${ref} openen`,
      overdue: 'Te laat',
      advance: (stage) => `Verder naar “${stage}”`,
      advanced: (ref, stage) => `Dossier ${ref} staat op “${stage}”.`,
      returns: 'Terugkeren deze maand',
      informed: 'Personen geïnformeerd aan het loket',
      reintegration: 'Lopende re-integratieopvolgingen',
      submit: 'Feedback indienen',
      submitted: 'Feedback ingediend. Je contactpersoon bekijkt ze.',
      openRound: /^Feedbackronde .* openen$/,
      accept: 'Aanvaarden',
      accepted: 'Feedback aanvaard.',
      yearTotal: (total) => `Jaartotaal: ${total}`,
      chart: (year) => `Terugkeren deze maand per maand, ${year}`,
    },
  },
  {
    lang: 'fr',
    desk: 'Guichet retour Liège',
    contact: demo('contact.retour@partnerhub.example', 'Nathalie Leroy'),
    partner: demo('coordination.caritas@partnerhub.example', 'Claire Fontaine'),
    returns: 17,
    rota: [
      ['Caritas International', 'jeudi'],
      ['IOM Belgium', 'mardi, mercredi, vendredi'],
    ],
    welcome: (name) => `Bienvenue, ${name}`,
    stage: {
      INFORMATION: 'Information',
      APPLICATION: 'Demande',
      DEPARTURE_BOOKED: 'Départ réservé',
      DEPARTED: 'Parti',
      REINTEGRATION_PLAN: 'Plan de réintégration',
      REINTEGRATION_SUPPORT_PAID: 'Aide à la réintégration payée',
      FOLLOW_UP_CLOSED: 'Suivi clôturé',
    },
    text: {
      rota: 'Permanences aux guichets',
      files: 'Dossiers de retour',
      openFile: (ref) => `Ouvrir le dossier ${ref}`,
      overdue: 'En retard',
      advance: (stage) => `Passer à « ${stage} »`,
      advanced: (ref, stage) => `Le dossier ${ref} est à l’étape « ${stage} ».`,
      returns: 'Retours ce mois-ci',
      informed: 'Personnes informées au guichet',
      reintegration: 'Suivis de réintégration en cours',
      submit: 'Soumettre le feedback',
      submitted: 'Feedback soumis. Votre personne de contact va l’examiner.',
      openRound: /^Ouvrir le tour de feedback /,
      accept: 'Accepter',
      accepted: 'Feedback accepté.',
      yearTotal: (total) => `Total de l’année : ${total}`,
      chart: (year) => `Retours ce mois-ci par mois, ${year}`,
    },
  },
];

interface FileRow {
  id: string;
  reference: string;
  stage: Stage;
  overdue: boolean;
}

/** An overdue open file whose next stage keeps it open (so its row stays in the list). */
async function overdueFile(api: APIRequestContext, partnershipId: string): Promise<FileRow> {
  const { returnFiles } = await graphql<{ returnFiles: FileRow[] }>(api, 'query ($p: ID!) { returnFiles(partnershipId: $p) { id reference stage overdue } }', { p: partnershipId });
  const file = returnFiles.find((f) => f.overdue && STAGES.indexOf(f.stage) < STAGES.indexOf('REINTEGRATION_SUPPORT_PAID'));
  expect(file, 'an overdue open file').toBeDefined();
  return file!;
}

/** The programme's "returns" figures this year: the year total and this month's total. */
async function returnsFigures(api: APIRequestContext, year: number, month: number): Promise<{ yearTotal: number; month: { reports: number; total: number } }> {
  const { programmeIndicatorTotals } = await graphql<{
    programmeIndicatorTotals: { indicators: { indicator: { key: string }; yearTotal: number; months: { month: number; reports: number; total: number }[] }[] };
  }>(api, 'query ($y: Int!) { programmeIndicatorTotals(programme: VOLUNTARY_RETURN, year: $y) { indicators { indicator { key } yearTotal months { month reports total } } } }', { y: year });
  const returns = programmeIndicatorTotals.indicators.find((i) => i.indicator.key === 'returns')!;
  return { yearTotal: returns.yearTotal, month: returns.months[month - 1] };
}

async function currentRoundId(api: APIRequestContext, partnershipId: string): Promise<string> {
  const thisMonth = `${todayInBrussels().slice(0, 7)}-01`;
  const { feedbackRounds } = await graphql<{ feedbackRounds: { id: string; status: string; periodStart: string }[] }>(
    api,
    'query ($p: ID!) { feedbackRounds(partnershipId: $p) { id status periodStart } }',
    { p: partnershipId },
  );
  const round = feedbackRounds.find((r) => r.periodStart === thisMonth);
  expect(round, 'this month’s report').toMatchObject({ status: 'OPEN' });
  return round!.id;
}

const roundOn = (page: Page, roundId: string) => page.locator(`[data-testid="feedback-round"][data-round-id="${roundId}"]`);

for (const j of JOURNEYS) {
  test(`a return desk in ${j.lang === 'nl' ? 'Dutch' : 'French'}: rota, open return files, a file moved on, the monthly report with return figures up to the dashboard`, async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const intl = j.lang === 'nl' ? 'nl-BE' : 'fr-BE';
    const today = todayInBrussels();
    const year = Number(today.slice(0, 4));
    const month = Number(today.slice(5, 7));
    const contactApi = await apiSession(baseURL!, j.contact);
    const partnershipId = await partnershipIdByName(contactApi, j.desk);
    const file = await overdueFile(contactApi, partnershipId);
    const roundId = await currentRoundId(contactApi, partnershipId);
    const before = await returnsFigures(contactApi, year, month);
    await contactApi.dispose();

    // --- The contact person signs in and opens the desk's page: the rota and the open files. ---
    await signIn(page, j.contact, j.welcome);
    await page.getByRole('link', { name: j.desk }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: j.desk })).toBeVisible();
    const rota = page.getByRole('table', { name: j.text.rota });
    const city = j.desk.split(' ').at(-1)!;
    await expect(rota.getByTestId('desk-rota-row')).toHaveText(j.rota.map(([partner, days]) => new RegExp(`^${city}${partner}${days}`)));

    const files = page.getByRole('table', { name: j.text.files });
    await expect(files.getByTestId('return-file-row').first()).toBeVisible();
    const row = files.locator(`[data-testid="return-file-row"][data-reference="${file.reference}"]`);
    await expect(row).toContainText(j.stage[file.stage]);
    await expect(row).toContainText(j.text.overdue);

    // --- It opens the overdue file and moves it on to the next stage, today. ---
    const next = STAGES[STAGES.indexOf(file.stage) + 1];
    await row.getByRole('button', { name: j.text.openFile(file.reference) }).click();
    const details = page.getByTestId('return-file-details');
    await expect(details.getByRole('listitem')).toHaveCount(STAGES.indexOf(file.stage) + 1);
    await expectNoSeriousA11yViolations(page, `a return desk's open file (${j.lang})`);
    await details.getByRole('button', { name: j.text.advance(j.stage[next]) }).click();
    await expect(details.getByRole('status')).toHaveText(j.text.advanced(file.reference, j.stage[next]));
    await expect(row).toContainText(j.stage[next]);
    await expect(row).not.toContainText(j.text.overdue);
    await expect(details.getByRole('listitem')).toHaveCount(STAGES.indexOf(next) + 1);

    // --- The return partner submits this month's report with its return figures. ---
    const partnerContext = await browser.newContext();
    try {
      const partner = await partnerContext.newPage();
      await signIn(partner, j.partner, j.welcome);
      await partner.goto(`/partnerships/${partnershipId}?round=${roundId}#feedback`);
      const round = roundOn(partner, roundId);
      await round.getByLabel(j.text.returns).fill(String(j.returns));
      await round.getByLabel(j.text.informed).fill('96');
      await round.getByLabel(j.text.reintegration).fill('41');
      await round.getByRole('button', { name: j.text.submit }).click();
      await expect(round.getByRole('status')).toHaveText(j.text.submitted);
    } finally {
      await partnerContext.close();
    }

    // --- The contact person accepts it... ---
    await page.goto(`/partnerships/${partnershipId}`);
    const contactRound = roundOn(page, roundId);
    await contactRound.getByRole('button', { name: j.text.openRound }).click();
    await expect(contactRound).toContainText(String(j.returns));
    await contactRound.getByRole('button', { name: j.text.accept, exact: true }).click();
    await expect(contactRound.getByRole('status')).toHaveText(j.text.accepted);

    // --- ...and the figures are on the programme's dashboard: the chart, its table, the year total. ---
    await page.goto(`/dashboard?programme=VOLUNTARY_RETURN&year=${year}`);
    const returns = page.locator('[data-indicator="returns"]');
    await expect(returns.getByRole('img', { name: j.text.chart(year) })).toBeVisible();
    const number = new Intl.NumberFormat(intl);
    await expect(returns).toContainText(j.text.yearTotal(number.format(before.yearTotal + j.returns)));
    const monthName = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
    const monthRow = returns.getByRole('row').filter({ has: page.getByRole('rowheader', { name: monthName, exact: true }) });
    await expect(monthRow.getByRole('cell')).toHaveText([number.format(before.month.reports + 1), number.format(before.month.total + j.returns)]);
  });
}
