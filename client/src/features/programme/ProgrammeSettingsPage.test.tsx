import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { ProgrammeSettingsDocument, ProgrammeSettingsPage, UpdateProgrammeConfigurationDocument } from './ProgrammeSettingsPage';

const label = (nl: string, fr: string, en: string) => ({ __typename: 'LocalisedLabelType' as const, nl, fr, en });
const programme = (code: string, caseKind: string, fundingRule: string, caseMonths: number | null, indicators: unknown[], objectives: string[] = []) => ({
  __typename: 'Programme' as const,
  id: `prog-${code}`,
  code,
  caseKind,
  fundingRule,
  caseMonths,
  objectives,
  indicators,
});
const social = {
  __typename: 'IndicatorType_' as const,
  key: 'socialSupport',
  type: 'NUMBER',
  required: true,
  label: label('Contacten sociale ondersteuning', 'Contacts soutien social', 'Social support contacts'),
  choices: [],
};
const programmes = [
  programme('RESETTLEMENT', 'RESETTLEMENT_HOUSEHOLD', 'RESETTLEMENT_FLAT', 12, [], ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION']),
  programme('SOCIO_LEGAL_DESK', 'DESK_CONTACT', 'AGREED_BUDGET', null, [social]),
];

describe('ProgrammeSettingsPage', () => {
  it('an admin adds a choice indicator to the socio-legal desks and saves the whole configuration (en)', async () => {
    const saved = {
      programme: 'SOCIO_LEGAL_DESK',
      caseKind: 'DESK_CONTACT',
      fundingRule: 'AGREED_BUDGET',
      caseMonths: null,
      objectives: [],
      indicators: [
        { key: 'socialSupport', type: 'NUMBER', required: true, label: { nl: 'Contacten sociale ondersteuning', fr: 'Contacts soutien social', en: 'Social support contacts' }, choices: [] },
        {
          key: 'city',
          type: 'CHOICE',
          required: false,
          label: { nl: 'Stad', fr: 'Ville', en: 'City' },
          choices: [
            { key: 'GENT', label: { nl: 'Gent', fr: 'Gand', en: 'Ghent' } },
            { key: 'LIEGE', label: { nl: 'Luik', fr: 'Liège', en: 'Liège' } },
          ],
        },
      ],
    };
    renderPage(<ProgrammeSettingsPage />, {
      route: '/?programme=SOCIO_LEGAL_DESK',
      mocks: [
        viewerMock('ADMIN'),
        { request: { query: ProgrammeSettingsDocument }, result: { data: { programmes } } },
        { request: { query: UpdateProgrammeConfigurationDocument, variables: { input: saved } }, result: { data: { updateProgrammeConfiguration: { ...programmes[1], indicators: [social] } } } },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Socio-legal desk' });
    expect(within(form).getByLabelText<HTMLSelectElement>('What its partnerships follow').value).toBe('DESK_CONTACT');
    expect(within(form).getByLabelText<HTMLSelectElement>('Funding').value).toBe('AGREED_BUDGET');
    const first = within(form).getByRole('group', { name: 'Indicator 1' });
    expect(within(first).getByLabelText<HTMLInputElement>(/^Key/).value).toBe('socialSupport');

    fireEvent.click(within(form).getByRole('button', { name: 'Add an indicator' }));
    const second = within(form).getByRole('group', { name: 'Indicator 2' });
    const fill = (scope: HTMLElement, name: string | RegExp, value: string) => fireEvent.change(within(scope).getByLabelText(name), { target: { value } });
    fill(second, /^Key/, 'city');
    fill(second, 'Label in Dutch', 'Stad');
    fill(second, 'Label in French', 'Ville');
    fill(second, 'Label in English', 'City');
    // A choice indicator starts with two empty choices.
    fireEvent.change(within(second).getByLabelText('Type'), { target: { value: 'CHOICE' } });
    const choices = [
      ['GENT', 'Gent', 'Gand', 'Ghent'],
      ['LIEGE', 'Luik', 'Liège', 'Liège'],
    ];
    choices.forEach(([key, nl, fr, en], i) => {
      const choice = within(second).getByRole('group', { name: `Choice ${i + 1}` });
      fill(choice, 'Choice key', key);
      fill(choice, 'Label in Dutch', nl);
      fill(choice, 'Label in French', fr);
      fill(choice, 'Label in English', en);
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the settings' }));
    expect((await within(form).findByRole('status')).textContent).toBe('Settings of Socio-legal desk saved.');
  });

  it('checks an indicator key before saving', async () => {
    renderPage(<ProgrammeSettingsPage />, { route: '/?programme=SOCIO_LEGAL_DESK', mocks: [viewerMock('ADMIN'), { request: { query: ProgrammeSettingsDocument }, result: { data: { programmes } } }] });
    const form = await screen.findByRole('form', { name: 'Socio-legal desk' });
    fireEvent.change(within(within(form).getByRole('group', { name: 'Indicator 1' })).getByLabelText(/^Key/), { target: { value: 'Bad key' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the settings' }));
    expect(await within(form).findByText('A small letter first, then letters or digits, e.g. legalSupport.', { selector: '.field-error' })).toBeTruthy();
  });
});
