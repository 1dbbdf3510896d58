// Journey: from a new organisation to a household in guidance for two years.
// An admin creates an organisation and a partnership led by it and assigns its Fedasil contact
// person; the contact person invites a coordinator; the coordinator accepts the invitation (link
// from the outbox), registers a family of five received directly on arrival and records its
// arrival; the contact person extends guidance to a second year. Funding: EUR 19,000, then 22,000.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ACCOUNTS, detail, mainNav, signIn, uniqueSuffix, type Account } from './support/hub';

async function newPage(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

function householdRow(page: Page, reference: string) {
  return page.getByTestId('household-row').filter({ has: page.getByRole('rowheader', { name: reference, exact: true }) });
}

test('an admin onboards a partnership, its coordinator registers a family and the contact person extends its guidance', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const organisationName = `Welkom Vzw ${suffix}`;
  const partnershipName = `Samen Onthalen ${suffix}`;
  const coordinator: Account = { email: `coordinator.${suffix}@partnerhub.example`, name: `Eva Verbruggen ${suffix}`, password: `lang genoeg wachtwoord ${suffix}` };
  const contexts: BrowserContext[] = [];

  try {
    // --- The admin creates the organisation. ---
    const admin = await newPage(browser, contexts);
    await signIn(admin, ACCOUNTS.admin);
    await mainNav(admin).getByRole('link', { name: 'Organisaties' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
    const organisationForm = admin.getByRole('form', { name: 'Een organisatie toevoegen' });
    await organisationForm.getByLabel('Naam', { exact: true }).fill(organisationName);
    await organisationForm.getByLabel('Soort').selectOption({ label: 'Vzw' });
    await organisationForm.getByLabel(/^Straat en nummer/).fill('Kerkstraat 1');
    await organisationForm.getByLabel(/^Postcode/).fill('3000');
    await organisationForm.getByLabel(/^Stad of gemeente/).fill('Leuven');
    await organisationForm.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await expect(organisationForm.getByRole('status')).toHaveText(`Organisatie ${organisationName} toegevoegd.`);
    await expect(admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: organisationName, exact: true }) })).toContainText('Leuven');

    // --- ... and the partnership, with that organisation as its lead. ---
    await mainNav(admin).getByRole('link', { name: 'Partnerschappen' }).click();
    const partnershipForm = admin.getByRole('form', { name: 'Een partnerschap aanmaken' });
    await partnershipForm.getByLabel('Naam', { exact: true }).fill(partnershipName);
    await partnershipForm.getByLabel('Programma').selectOption({ label: 'Hervestiging' });
    await partnershipForm.getByLabel('Spoor').selectOption({ label: 'Community sponsorship' });
    // A partnership starts as a draft: it is activated once Fedasil has appointed its contact person.
    await partnershipForm.getByLabel('Status').selectOption({ label: 'Ontwerp' });
    await partnershipForm.getByLabel('Trekkende organisatie').selectOption({ label: organisationName });
    await partnershipForm.getByLabel(/^Begin van het samenwerkingsakkoord/).fill('2026-01-01');
    await partnershipForm.getByLabel(/^Einde van het samenwerkingsakkoord/).fill('2027-12-31');
    await partnershipForm.getByLabel('Toegezegde capaciteit (personen)').fill('10');
    await partnershipForm.getByRole('button', { name: 'Partnerschap aanmaken' }).click();

    await expect(admin.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(admin).toHaveURL(/\/partnerships\/[^/]+$/);
    const partnershipPath = new URL(admin.url()).pathname;
    const members = admin.getByRole('region', { name: 'Partnerorganisaties' });
    await expect(members.getByRole('listitem')).toHaveCount(1);
    await expect(members.getByRole('listitem')).toContainText(organisationName);
    await expect(members.getByRole('listitem')).toContainText('trekker');

    // --- The admin assigns the Fedasil contact person. ---
    const contacts = admin.getByRole('region', { name: 'Contact bij Fedasil' });
    await expect(contacts).toContainText('Nog niet aangeduid');
    await contacts.getByRole('button', { name: 'Contactpersoon aanduiden' }).click();
    await contacts.getByLabel('Contactpersoon', { exact: true }).selectOption({ label: `${ACCOUNTS.contact.name} (${ACCOUNTS.contact.email})` });
    await contacts.getByRole('button', { name: 'Contactpersonen opslaan' }).click();
    await expect(contacts.getByRole('button', { name: 'Contactpersoon aanduiden' })).toHaveAttribute('aria-expanded', 'false');
    await admin.getByRole('button', { name: 'Partnerschap bewerken' }).click();
    const editForm = admin.getByRole('form', { name: 'Partnerschap bewerken' });
    await editForm.getByLabel('Status').selectOption({ label: 'Actief' });
    await editForm.getByRole('button', { name: 'Opslaan' }).click();
    await expect(admin.getByRole('button', { name: 'Partnerschap bewerken' })).toBeVisible();
    await expect(contacts).toContainText(ACCOUNTS.contact.name);
    await expect(contacts.getByRole('link', { name: ACCOUNTS.contact.email })).toBeVisible();

    // --- The contact person finds the partnership and invites a coordinator for it. ---
    const contact = await newPage(browser, contexts);
    await signIn(contact, ACCOUNTS.contact);
    await contact.getByRole('link', { name: partnershipName, exact: true }).click();
    await expect(contact.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(contact.getByText('Voor dit partnerschap zijn nog geen gezinnen geregistreerd.')).toBeVisible();
    await contact.getByRole('link', { name: 'Een coördinator uitnodigen' }).click();

    await expect(contact.getByRole('heading', { level: 1, name: 'Mensen uitnodigen' })).toBeVisible();
    const inviteForm = contact.getByRole('form', { name: 'Mensen uitnodigen' });
    await expect(inviteForm.getByLabel('Rol')).toHaveValue('COORDINATOR');
    await expect(inviteForm.getByLabel('Partnerschap').locator('option:checked')).toHaveText(partnershipName);
    await expect(inviteForm.getByLabel('Organisatie').locator('option:checked')).toHaveText(organisationName);
    await inviteForm.getByLabel('Volledige naam').fill(coordinator.name);
    await inviteForm.getByLabel('E-mailadres').fill(coordinator.email);
    await inviteForm.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(inviteForm.getByRole('status')).toHaveText(`Uitnodiging verstuurd naar ${coordinator.email}.`);
    const sent = contact.getByRole('region', { name: 'Verstuurde uitnodigingen' });
    await expect(sent.getByRole('row').filter({ hasText: coordinator.email })).toContainText('Wacht op antwoord');

    // --- The invitation link, from the admin's outbox. ---
    await mainNav(admin).getByRole('link', { name: 'Verzonden berichten' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Verzonden berichten' })).toBeVisible();
    const message = admin.getByRole('article').filter({ hasText: coordinator.email });
    await expect(message.getByRole('heading', { name: 'Uitnodiging voor Partner Hub' })).toBeVisible();
    await expect(message).toContainText(`Beste ${coordinator.name}`);
    const link = message.getByRole('link', { name: /\/invitation\// });
    await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}/invitation/[^/\\s]+$`));
    const invitationUrl = (await link.getAttribute('href'))!;

    // --- The invitee opens the link in their own browser, chooses a password and is signed in. ---
    const coord = await newPage(browser, contexts);
    await coord.goto(invitationUrl);
    await expect(coord.getByRole('heading', { level: 1, name: 'Je uitnodiging aanvaarden' })).toBeVisible();
    await expect(coord.getByText(`${coordinator.name} (${coordinator.email}) is uitgenodigd als Coördinator.`)).toBeVisible();
    await expect(coord.getByText(`Organisatie: ${organisationName}`)).toBeVisible();
    await coord.getByLabel('Kies een wachtwoord').fill(coordinator.password);
    await coord.getByLabel('Herhaal het wachtwoord').fill(coordinator.password);
    await coord.getByRole('button', { name: 'Aanvaarden en aanmelden' }).click();
    await expect(coord.getByRole('heading', { level: 1, name: `Welkom, ${coordinator.name}` })).toBeVisible();
    await expect(coord.getByText(`${coordinator.name} (Coördinator)`)).toBeVisible();

    // --- The coordinator registers a family of five, received directly on arrival. ---
    await coord.getByRole('link', { name: partnershipName, exact: true }).click();
    await expect(coord.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(coord).toHaveURL(new RegExp(`${partnershipPath}$`));
    await coord.getByRole('button', { name: 'Een gezin registreren' }).click();
    const registerForm = coord.getByRole('form', { name: 'Een gezin registreren' });
    await registerForm.getByLabel('Manier van aankomst').selectOption({ label: 'Rechtstreeks opgevangen bij aankomst' });
    const family: [string, string, string][] = [
      ['Rania', '1984', 'Gezinshoofd'],
      ['Karim', '1981', 'Echtgeno(o)t(e) of partner'],
      ['Yara', '2011', 'Kind'],
      ['Adam', '2015', 'Kind'],
      ['Noor', '2020', 'Kind'],
    ];
    for (let i = 1; i < family.length; i++) {
      await registerForm.getByRole('button', { name: 'Een gezinslid toevoegen' }).click();
    }
    for (const [i, [firstName, birthYear, relationship]] of family.entries()) {
      const row = registerForm.getByRole('group', { name: `Gezinslid ${i + 1}`, exact: true });
      await row.getByLabel('Voornaam').fill(firstName);
      await row.getByLabel('Achternaam').fill(`Saleh`);
      await row.getByLabel('Geboortejaar').fill(birthYear);
      await row.getByLabel('Verwantschap').selectOption({ label: relationship });
    }
    await registerForm.getByRole('checkbox', { name: 'Gezin met kinderen' }).check();
    await registerForm.getByRole('button', { name: 'Registratie opslaan' }).click();

    const registered = registerForm.getByRole('status');
    await expect(registered).toHaveText(/^Gezin (\S+) geregistreerd\./);
    const reference = /^Gezin (\S+) geregistreerd\./.exec((await registered.textContent())!.trim())![1];
    await expect(householdRow(coord, reference)).toContainText('Rania Saleh');
    await expect(householdRow(coord, reference)).toContainText('Aankomst gepland');
    await expect(householdRow(coord, reference)).toContainText('€ 19.000,00');
    await expect(coord.getByTestId('funding-total')).toHaveText('€ 19.000,00');

    await registerForm.getByRole('link', { name: `Gezin ${reference} openen` }).click();
    await expect(coord.getByRole('heading', { level: 1, name: `Gezin ${reference}` })).toBeVisible();
    const details = coord.getByRole('region', { name: 'Gegevens' });
    await expect(detail(details, 'Status')).toHaveText('Aankomst gepland');
    await expect(detail(details, 'Manier van aankomst')).toHaveText('Rechtstreeks opgevangen bij aankomst');
    const memberList = coord.getByRole('region', { name: 'Gezinsleden' });
    await expect(memberList.getByRole('rowheader')).toHaveText([/^Rania Saleh\s*Gezinshoofd$/, 'Karim Saleh', 'Yara Saleh', 'Adam Saleh', 'Noor Saleh']);
    const funding = coord.getByRole('region', { name: 'Financiering' });
    await expect(funding.getByRole('rowheader')).toHaveText([
      'Eén jaar opvang en begeleiding',
      'Rechtstreeks opgevangen bij aankomst: gezinshoofd',
      'Rechtstreeks opgevangen bij aankomst: andere gezinsleden',
    ]);
    await expect(coord.getByTestId('funding-total')).toHaveText('€ 19.000,00');

    // --- The coordinator records the arrival (today, the form's default): guidance starts. ---
    await coord.getByRole('button', { name: 'Aankomst registreren' }).click();
    const arrivalForm = coord.getByRole('form', { name: 'Aankomst registreren' });
    const arrivalDate = arrivalForm.getByLabel('Datum van aankomst');
    await expect(arrivalDate).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    const today = await arrivalDate.inputValue();
    await arrivalForm.getByRole('button', { name: 'Aankomst opslaan' }).click();
    await expect(detail(details, 'Status')).toHaveText('In begeleiding');
    await expect(coord.getByRole('button', { name: 'Aankomst registreren' })).toHaveCount(0);
    await expect(detail(details, 'Datum van aankomst').locator('time')).toHaveAttribute('datetime', today);
    await expect(detail(details, 'Begin van de begeleiding').locator('time')).toHaveAttribute('datetime', today);
    const oneYearEnd = await detail(details, 'Einde van de begeleiding').locator('time').getAttribute('datetime');
    expect(Number(oneYearEnd!.slice(0, 4))).toBe(Number(today.slice(0, 4)) + 1);
    await expect(detail(details, 'Begeleiding verlengd met een tweede jaar')).toHaveText('Nee');
    // Extending guidance is the contact person's decision, not the coordinator's.
    await expect(coord.getByRole('button', { name: 'Begeleiding verlengen' })).toHaveCount(0);
    await expect(coord.getByTestId('funding-total')).toHaveText('€ 19.000,00');

    // The coordinator keeps the partnership open: changes appear there live.
    await coord.getByRole('link', { name: `Terug naar ${partnershipName}` }).click();
    await expect(coord.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(householdRow(coord, reference)).toContainText('In begeleiding');

    // --- The contact person extends guidance to a second year. ---
    await contact.goto(partnershipPath);
    await expect(contact.getByRole('heading', { level: 1, name: partnershipName })).toBeVisible();
    await expect(householdRow(contact, reference)).toContainText('In begeleiding');
    await householdRow(contact, reference).getByRole('link', { name: reference }).click();
    await expect(contact.getByRole('heading', { level: 1, name: `Gezin ${reference}` })).toBeVisible();
    await expect(contact.getByTestId('funding-total')).toHaveText('€ 19.000,00');
    await contact.getByRole('button', { name: 'Begeleiding verlengen' }).click();
    const confirm = contact.getByRole('group', { name: 'Begeleiding verlengen' });
    await expect(confirm).toContainText('De begeleiding van dit gezin met een tweede jaar verlengen?');
    await confirm.getByRole('button', { name: 'Ja, begeleiding verlengen' }).click();

    await expect(contact.getByTestId('funding-total')).toHaveText('€ 22.000,00');
    await expect(contact.getByRole('rowheader', { name: 'Begeleiding verlengd met een tweede jaar' })).toBeVisible();
    await expect(contact.getByRole('button', { name: 'Begeleiding verlengen' })).toHaveCount(0);
    const contactDetails = contact.getByRole('region', { name: 'Gegevens' });
    await expect(detail(contactDetails, 'Begeleiding verlengd met een tweede jaar')).toHaveText('Ja');
    const twoYearEnd = await detail(contactDetails, 'Einde van de begeleiding').locator('time').getAttribute('datetime');
    expect(Number(twoYearEnd!.slice(0, 4))).toBe(Number(today.slice(0, 4)) + 2);

    // The partnership's total follows, for the contact person and (live) for the coordinator.
    await contact.getByRole('link', { name: `Terug naar ${partnershipName}` }).click();
    await expect(contact.getByTestId('funding-total')).toHaveText('€ 22.000,00');
    await expect(householdRow(coord, reference)).toContainText('€ 22.000,00');
    await expect(coord.getByTestId('funding-total')).toHaveText('€ 22.000,00');
  } finally {
    for (const context of contexts) await context.close();
  }
});
