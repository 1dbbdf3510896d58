// Journey: an evaluation meeting's minutes and evaluation as a PDF that the partner acknowledges.
// A new partnership (contact@ its contact person, coordinator@'s Samen Thuis vzw a member) has an
// evaluation meeting with the coordinator invited; the contact person rates the three objectives
// and signs the evaluation off. The coordinator opens the PDF and acknowledges it; the contact
// person sees who acknowledged.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ACCOUNTS, addDays, apiSession, createPartnership, graphql, signIn, todayInBrussels, uniqueSuffix, userIdByEmail } from './support/hub';

test.describe('minutes acknowledgement', () => {
  let admin: APIRequestContext;
  let contact: APIRequestContext;
  let meetingId: string;
  const title = `Evaluatie Duffel ${uniqueSuffix()}`;

  test.beforeAll(async ({ baseURL }) => {
    admin = await apiSession(baseURL!, ACCOUNTS.admin);
    contact = await apiSession(baseURL!, ACCOUNTS.contact);
    const partnershipId = await createPartnership(admin, `Welkom in Duffel ${uniqueSuffix()}`, ACCOUNTS.contact);
    const { organisations } = await graphql<{ organisations: { id: string; name: string }[] }>(admin, 'query { organisations { id name } }');
    const samenThuis = organisations.find((o) => o.name === 'Samen Thuis vzw');
    expect(samenThuis).toBeDefined();
    await graphql(admin, 'mutation ($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { id } }', { p: partnershipId, o: samenThuis!.id });
    const coordinatorId = await userIdByEmail(admin, ACCOUNTS.coordinator.email);
    const date = addDays(todayInBrussels(), 3);
    const { scheduleMeeting } = await graphql<{ scheduleMeeting: { id: string } }>(
      contact,
      `
        mutation ($input: ScheduleMeetingInput!) {
          scheduleMeeting(input: $input) {
            id
          }
        }
      `,
      {
        input: { kind: 'EVALUATION', title, partnershipIds: [partnershipId], startsAt: `${date}T10:00`, endsAt: `${date}T11:00`, place: 'Stadhuis Duffel', inviteeIds: [coordinatorId] },
      },
    );
    meetingId = scheduleMeeting.id;
    await graphql(
      contact,
      `
        mutation ($id: ID!, $scores: [EvaluationScoreInput!]!) {
          saveEvaluation(meetingId: $id, scores: $scores) {
            id
          }
        }
      `,
      {
        id: meetingId,
        scores: [
          { objective: 'SUSTAINABLE_HOUSING', rating: 4, notes: 'Alle gezinnen hebben een woning voor een jaar.' },
          { objective: 'GUIDANCE', rating: 3 },
          { objective: 'OPERATIONAL_COOPERATION', rating: 5 },
        ],
      },
    );
    await graphql(
      contact,
      `
        mutation ($id: ID!) {
          signOffEvaluation(meetingId: $id) {
            id
          }
        }
      `,
      { id: meetingId },
    );
  });

  test.afterAll(async () => {
    await admin?.dispose();
    await contact?.dispose();
  });

  test('the coordinator opens the PDF and acknowledges the minutes', async ({ page }) => {
    await signIn(page, ACCOUNTS.coordinator);
    await page.goto(`/meetings/${meetingId}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const section = page.getByRole('region', { name: 'Verslag als pdf' });
    const link = section.getByRole('link', { name: 'Het verslag en de evaluatie openen (pdf)' });
    await expect(link).toHaveAttribute('href', `/meetings/${meetingId}/minutes.pdf`);
    // The PDF, with the coordinator's session.
    const pdf = await page.request.get(`/meetings/${meetingId}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await section.getByRole('button', { name: 'Ik heb het verslag gelezen en neem er kennis van' }).click();
    await expect(section.getByText('U nam kennis van dit verslag')).toBeVisible();
    await expect(section.getByRole('button', { name: 'Ik heb het verslag gelezen en neem er kennis van' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the minutes PDF section (coordinator)');
  });

  test('the contact person sees who acknowledged the minutes', async ({ page }) => {
    await signIn(page, ACCOUNTS.contact);
    await page.goto(`/meetings/${meetingId}`);
    const section = page.getByRole('region', { name: 'Verslag als pdf' });
    await expect(section.getByTestId('minutes-acknowledgements')).toContainText(ACCOUNTS.coordinator.name);
    await expect(section.getByRole('button')).toHaveCount(0);
  });
});
