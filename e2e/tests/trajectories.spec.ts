// Journeys of vulnerable-group support (issue 15), in Dutch (Zorgtraject Kwetsbare Groepen) and in
// French (Trajet de soutien Groupes vulnérables), on the demo data: the partnership's contact person
// signs in, sees its open support trajectories with their stages, planned ends and flags, reads the
// need-to-know details of a medical trajectory, opens another one and moves it on; the board lists
// the flagged trajectories first; the partner's volunteer sees that a trajectory has specific needs,
// not which, and cannot move it on.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { DEMO_PASSWORD, apiSession, partnershipIdByName, signIn, type Account } from './support/hub';

const demo = (email: string, name: string): Account => ({ email, name, password: DEMO_PASSWORD });

interface Journey {
  lang: 'nl' | 'fr';
  partnership: string;
  contact: Account;
  volunteer: Account;
  welcome: (name: string) => string;
  /** An open trajectory to move on (not sensitive), its stage now and the next. */
  move: { reference: string; stage: string; next: string };
  /** A medical trajectory with a needs note. */
  medical: { reference: string; note: string };
  /** A trajectory whose planned end has passed. */
  late: string;
  text: {
    title: string;
    open: (ref: string) => string;
    advance: (stage: string) => string;
    advanced: (ref: string, stage: string) => string;
    pastEnd: string;
    medical: string;
    specificNeeds: string;
    needToKnow: string;
  };
}

const JOURNEYS: Journey[] = [
  {
    lang: 'nl',
    partnership: 'Zorgtraject Kwetsbare Groepen',
    contact: demo('contact.desks@partnerhub.example', 'Els Vermeulen'),
    volunteer: demo('volunteer.zorg@partnerhub.example', 'Wout Jacobs'),
    welcome: (name) => `Welkom, ${name}`,
    move: { reference: 'ZKG-002', stage: 'Begeleidingsplan afgesproken', next: 'Begeleiding loopt' },
    medical: { reference: 'ZKG-005', note: 'Insuline en opvolging door een diabetoloog' },
    late: 'ZKG-001',
    text: {
      title: 'Begeleidingstrajecten',
      open: (ref) => `Traject ${ref} openen`,
      advance: (stage) => `Verder naar “${stage}”`,
      advanced: (ref, stage) => `Traject ${ref} staat op “${stage}”.`,
      pastEnd: 'Gepland einde voorbij',
      medical: 'Medische ondersteuning op maat',
      specificNeeds: 'Specifieke noden (need-to-know)',
      needToKnow: 'Er zijn specifieke noden',
    },
  },
  {
    lang: 'fr',
    partnership: 'Trajet de soutien Groupes vulnérables',
    contact: demo('contact.guichets@partnerhub.example', 'Nadia Lefèvre'),
    volunteer: demo('benevole.sante@partnerhub.example', 'Luc Gérard'),
    welcome: (name) => `Bienvenue, ${name}`,
    move: { reference: 'TGV-003', stage: 'Entretien d’accueil', next: "Plan d'accompagnement convenu" },
    medical: { reference: 'TGV-001', note: 'Traitement oncologique' },
    late: 'TGV-002',
    text: {
      title: "Trajets d'accompagnement",
      open: (ref) => `Ouvrir le trajet ${ref}`,
      advance: (stage) => `Passer à « ${stage} »`,
      advanced: (ref, stage) => `Le trajet ${ref} est à l’étape « ${stage} ».`,
      pastEnd: 'Fin prévue dépassée',
      medical: 'Soutien médical sur mesure',
      specificNeeds: 'Besoins spécifiques (need-to-know)',
      needToKnow: 'Il y a des besoins spécifiques',
    },
  },
];

for (const j of JOURNEYS) {
  test(`vulnerable-group support in ${j.lang === 'nl' ? 'Dutch' : 'French'}: trajectories with stages and flags, one moved on, the board, need-to-know for a volunteer`, async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const api = await apiSession(baseURL!, j.contact);
    const partnershipId = await partnershipIdByName(api, j.partnership);
    await api.dispose();

    // --- The contact person signs in and opens the partnership: its open trajectories. ---
    await signIn(page, j.contact, j.welcome);
    await page.goto(`/partnerships/${partnershipId}`);
    await expect(page.getByRole('heading', { level: 1, name: j.partnership })).toBeVisible();
    const table = page.getByRole('table', { name: j.text.title });
    const row = (ref: string) => table.locator(`[data-testid="trajectory-row"][data-reference="${ref}"]`);
    await expect(row(j.late)).toContainText(j.text.pastEnd);
    await expect(row(j.medical.reference)).toContainText(j.text.medical);

    // --- The medical trajectory's needs are need-to-know: the contact person reads them. ---
    await row(j.medical.reference)
      .getByRole('button', { name: j.text.open(j.medical.reference) })
      .click();
    await expect(page.getByTestId('trajectory-needs')).toContainText(j.medical.note);
    await row(j.medical.reference).getByRole('button', { expanded: true }).click();

    // --- It opens another trajectory and moves it on to its next stage, today. ---
    await expect(row(j.move.reference)).toContainText(j.move.stage);
    await row(j.move.reference)
      .getByRole('button', { name: j.text.open(j.move.reference) })
      .click();
    const details = page.getByTestId('trajectory-details');
    const before = await details.getByRole('listitem').count();
    await expectNoSeriousA11yViolations(page, `a vulnerable-group partnership's open trajectory (${j.lang})`);
    await details.getByRole('button', { name: j.text.advance(j.move.next) }).click();
    await expect(details.getByRole('status')).toHaveText(j.text.advanced(j.move.reference, j.move.next));
    await expect(row(j.move.reference)).toContainText(j.move.next);
    await expect(details.getByRole('listitem')).toHaveCount(before + 1);

    // --- The board lists the flagged trajectories first. ---
    await page.goto('/board');
    const board = page.getByTestId('board-trajectories');
    await expect(board.getByRole('heading', { name: j.text.title })).toBeVisible();
    await expect(board.getByTestId('board-trajectory-row').first()).toContainText(/ZKG|TGV/);
    await expect(board.getByTestId('board-trajectory-row').filter({ hasText: j.late })).toContainText(j.text.pastEnd);

    // --- The partner's volunteer sees that the medical trajectory has specific needs, not which. ---
    const volunteerContext = await browser.newContext();
    try {
      const volunteer = await volunteerContext.newPage();
      await signIn(volunteer, j.volunteer, j.welcome);
      await volunteer.goto(`/partnerships/${partnershipId}`);
      const vTable = volunteer.getByRole('table', { name: j.text.title });
      const vRow = vTable.locator(`[data-testid="trajectory-row"][data-reference="${j.medical.reference}"]`);
      await expect(vRow).toContainText(j.text.specificNeeds);
      await expect(vRow).not.toContainText(j.text.medical);
      await vRow.getByRole('button', { name: j.text.open(j.medical.reference) }).click();
      const vDetails = volunteer.getByTestId('trajectory-details');
      await expect(vDetails.getByTestId('trajectory-need-to-know')).toContainText(j.text.needToKnow);
      await expect(vDetails).not.toContainText(j.medical.note);
      await expect(vDetails.getByRole('button')).toHaveCount(0);
      await expectNoSeriousA11yViolations(volunteer, `a volunteer's view of a trajectory (${j.lang})`);
    } finally {
      await volunteerContext.close();
    }
  });
}
