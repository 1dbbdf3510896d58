import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { intlLocale, useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError } from '../../ui/Feedback';
import { FormError, StatusMessage } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
import { DESK_CASE_KINDS, useDeskPartnership } from './deskPartnership';
import { DeskRotaForm, type RotaDraft } from './DeskRotaForm';
import { weekdayNames } from './weekdays';

export { weekdayNames };

export const DeskRotaDocument = graphql(`
  query DeskRota($partnershipId: ID!) {
    deskRota(partnershipId: $partnershipId) {
      id
      desk
      weekdays
      organisation {
        id
        name
      }
    }
  }
`);

const RemoveDeskRotaEntryDocument = graphql(`
  mutation RemoveDeskRotaEntry($id: ID!) {
    removeDeskRotaEntry(id: $id)
  }
`);

/**
 * The desk rota of a partnership: which partner is at which desk on which days, for everyone in
 * the partnership; the contact person (deputy, admins) adds, changes and removes lines. Shown
 * when it has a rota, or may get one (a programme whose case kind works at desks).
 */
export function DeskRotaSection({ partnershipId }: { partnershipId: string }) {
  const { t, locale } = useI18n();
  const { data, error } = useQuery(DeskRotaDocument, { variables: { partnershipId } });
  const { caseKind, members, can } = useDeskPartnership(partnershipId);
  const [remove, removal] = useMutation(RemoveDeskRotaEntryDocument, { refetchQueries: ['DeskRota'], awaitRefetchQueries: true });
  // The form: closed, open for a new line (null draft) or for changing one (its values); the key remounts it.
  const [form, setForm] = useState<{ key: string; draft: RotaDraft | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (key: string, draft: RotaDraft | null) => {
    setNotice(null);
    setForm({ key, draft });
  };
  if (error && !data) return <InlineError error={error} />;
  const rota = data?.deskRota ?? [];
  const editable = can.editRota && caseKind !== null && DESK_CASE_KINDS.includes(caseKind);
  if (!rota.length && !editable) return null;
  const days = weekdayNames(intlLocale(locale));
  return (
    <section className="section" aria-labelledby="desk-rota-heading" data-testid="desk-rota">
      <h2 id="desk-rota-heading">{t('deskRota.title')}</h2>
      {rota.length === 0 ? (
        <p className="muted">{t('deskRota.empty')}</p>
      ) : (
        <TableWrap label={t('deskRota.title')}>
          <table className="table" aria-label={t('deskRota.title')}>
            <thead>
              <tr>
                <th scope="col">{t('deskRota.desk')}</th>
                <th scope="col">{t('deskRota.partner')}</th>
                <th scope="col">{t('deskRota.days')}</th>
                {can.editRota && <th scope="col">{t('deskRota.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rota.map((e) => (
                <tr key={e.id} data-testid="desk-rota-row">
                  <th scope="row">{e.desk}</th>
                  <td>{e.organisation.name}</td>
                  <td>{e.weekdays.map((d) => days[d - 1]).join(', ')}</td>
                  {can.editRota && (
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('deskRota.changeLine', { partner: e.organisation.name, desk: e.desk })}
                          onClick={() => open(e.id, { organisationId: e.organisation.id, desk: e.desk, weekdays: e.weekdays })}
                        >
                          {t('deskRota.change')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('deskRota.removeLine', { partner: e.organisation.name, desk: e.desk })}
                          disabled={removal.loading}
                          onClick={() =>
                            void remove({ variables: { id: e.id } })
                              .then(() => setNotice(t('deskRota.removed')))
                              .catch(() => undefined)
                          }
                        >
                          {t('deskRota.remove')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <FormError error={removal.error} />
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {can.editRota && (
        <>
          {form ? (
            <DeskRotaForm
              key={form.key}
              partnershipId={partnershipId}
              members={members}
              draft={form.draft}
              onDone={() => {
                setForm(null);
                setNotice(t('deskRota.saved'));
              }}
              onCancel={() => setForm(null)}
            />
          ) : (
            <p>
              <button type="button" className="button button-secondary" onClick={() => open(`new-${Date.now()}`, null)}>
                {t('deskRota.add')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
