import type { Reference } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { followsHouseholds } from '@partner-hub/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { ExportLinks } from '../io/ExportLinks';
import { getFragmentData, graphql } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { EmptyState, Loading, PageError } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../app/viewer';
import { PartnershipMeetings } from '../meeting/PartnershipMeetings';
import { Money } from '../../ui/Values';
import { DocumentsPanel } from '../document/DocumentsPanel';
import { BudgetSection } from '../budget/BudgetSection';
import { DeskRotaSection } from '../desk/DeskRotaSection';
import { ReturnFilesSection } from '../desk/ReturnFilesSection';
import { TrajectoriesSection } from '../trajectory/TrajectoriesSection';
import { FeedbackSection } from '../feedback/FeedbackSection';
import { MessagesSection } from '../messaging/MessagesSection';
import { HouseholdsTable } from '../household/HouseholdsTable';
import { RegisterHouseholdForm } from '../household/RegisterHouseholdForm';
import { EditPartnershipForm } from './EditPartnershipForm';
import { PartnershipContacts } from './PartnershipContacts';
import { PartnershipDetails } from './PartnershipDetails';
import { PartnershipMembers } from './PartnershipMembers';

export const PartnershipPage_partnership = graphql(`
  fragment PartnershipPage_partnership on Partnership {
    id
    name
    fundingTotalCents
    programme {
      id
      caseKind
      fundingRule
    }
    viewerCan {
      view
      update
      manageMembers
      assignContactPerson
      registerHousehold
      recordSpecificNeeds
      viewFunding
      inviteCoordinator
      inviteVolunteer
      uploadDocument
    }
    households {
      id
      ...HouseholdsTable_households
    }
    ...PartnershipDetails_partnership
    ...PartnershipMembers_partnership
    ...PartnershipContacts_partnership
    ...EditPartnershipForm_partnership
    ...PartnershipList_partnerships
  }
`);

export const PartnershipPageDocument = graphql(`
  query PartnershipPage($id: ID!) {
    partnership(id: $id) {
      id
      ...PartnershipPage_partnership
    }
  }
`);

export const PartnershipHouseholdChangedDocument = graphql(`
  subscription PartnershipHouseholdChanged($partnershipId: ID!) {
    householdChanged(partnershipId: $partnershipId) {
      id
      ...HouseholdsTable_households
      partnership {
        id
        personsCount
        fundingTotalCents
      }
    }
  }
`);

/** Live updates: a changed household is normalised into the cache; a new one joins the table. */
function useLiveHouseholds(partnershipId: string, enabled: boolean) {
  useSubscription(PartnershipHouseholdChangedDocument, {
    variables: { partnershipId },
    skip: !enabled,
    onData: ({ client, data }) => {
      const household = data.data?.householdChanged;
      if (!household) return;
      const partnershipCacheId = client.cache.identify({ __typename: 'Partnership', id: partnershipId });
      const householdCacheId = client.cache.identify({ __typename: 'Household', id: household.id });
      if (!partnershipCacheId || !householdCacheId) return;
      client.cache.modify({
        id: partnershipCacheId,
        fields: {
          households: (existing: unknown, { readField, toReference }) => {
            if (!Array.isArray(existing)) return existing;
            const list = existing as readonly Reference[];
            if (list.some((ref) => readField('id', ref) === household.id)) return list;
            const ref = toReference(householdCacheId);
            return ref ? [...list, ref] : list;
          },
        },
      });
    },
  });
}

export function PartnershipPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { me } = useViewer();
  const { data, loading, error, refetch } = useQuery(PartnershipPageDocument, { variables: { id } });
  const partnership = getFragmentData(PartnershipPage_partnership, data?.partnership);
  const [editing, setEditing] = useState(false);
  usePageTitle(partnership?.name);
  useLiveHouseholds(id, Boolean(partnership));

  if (error && !partnership) return <PageError error={error} onRetry={() => void refetch()} />;
  if (loading || !data?.partnership || !partnership) return <Loading />;

  const can = partnership.viewerCan;
  const canInvite = can.inviteCoordinator || can.inviteVolunteer;
  // Households, their flat funding and its statement belong to programmes that follow resettled households.
  const householdCases = followsHouseholds(partnership.programme);
  const flatFunding = householdCases && partnership.fundingTotalCents !== null;

  return (
    <article className="page" aria-labelledby="page-title">
      <div className="page-header">
        <h1 id="page-title">{partnership.name}</h1>
        {can.update && !editing && (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t('partnership.edit')}
          </button>
        )}
      </div>

      <section className="section" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('partnership.details')}</h2>
        {editing ? <EditPartnershipForm partnership={partnership} onDone={() => setEditing(false)} /> : <PartnershipDetails partnership={partnership} />}
        {flatFunding && partnership.fundingTotalCents !== null && (
          <p className="funding-total">
            {t('partnership.fundingTotal')}: <Money cents={partnership.fundingTotalCents} testId="funding-total" />
          </p>
        )}
      </section>

      {flatFunding && (
        <section className="section" aria-labelledby="statement-heading">
          <h2 id="statement-heading">{t('statement.title')}</h2>
          <p>{t('statement.intro')}</p>
          <p>
            <Link className="button button-secondary" to={`/partnerships/${partnership.id}/funding`}>
              {t('statement.view')}
            </Link>
          </p>
        </section>
      )}

      <PartnershipMembers partnership={partnership} canManage={can.manageMembers} />
      <PartnershipContacts partnership={partnership} canAssign={can.assignContactPerson} />

      {partnership.programme.fundingRule === 'AGREED_BUDGET' && can.viewFunding && <BudgetSection partnershipId={partnership.id} />}

      {householdCases && (
        <section className="section" aria-labelledby="households-heading">
          <h2 id="households-heading">{t('partnership.households')}</h2>
          {partnership.households.length > 0 && <ExportLinks base={`/partnerships/${partnership.id}/households`} />}
          {partnership.households.length === 0 ? (
            <EmptyState>
              <p>{t('households.emptyPartnership')}</p>
              {can.registerHousehold && <p>{t('households.emptyRegisterHint')}</p>}
            </EmptyState>
          ) : (
            <HouseholdsTable households={partnership.households} />
          )}
          {can.registerHousehold && (
            <p>
              <Link className="button button-secondary" to={`/partnerships/${partnership.id}/import`}>
                {t('io.import.open')}
              </Link>
            </p>
          )}
          {can.registerHousehold && (
            <Disclosure label={t('partnership.registerHousehold')}>
              {() => (
                // PartnershipViewerCan has no specific-needs permission; whoever may register a household
                // may record its specific needs (the server decides in the end).
                <RegisterHouseholdForm partnershipId={partnership.id} withSpecificNeeds={can.recordSpecificNeeds} />
              )}
            </Disclosure>
          )}
        </section>
      )}

      <DeskRotaSection partnershipId={partnership.id} />
      <ReturnFilesSection partnershipId={partnership.id} />
      {partnership.programme.caseKind === 'SUPPORT_TRAJECTORY' && <TrajectoriesSection partnershipId={partnership.id} />}
      <FeedbackSection partnershipId={partnership.id} />
      {/* Its meetings and the evaluation history; Fedasil staff schedule them (the API checks who may). */}
      <PartnershipMeetings partnershipId={partnership.id} canSchedule={me?.role === 'ADMIN' || me?.role === 'CONTACT_PERSON'} />
      <MessagesSection partnershipId={partnership.id} />

      {/* A partnership's own documents are for Fedasil staff and coordinators to add (the API checks). */}
      <DocumentsPanel partnershipId={partnership.id} canUpload={can.uploadDocument} needToKnow={false} />

      {canInvite && (
        <section className="section" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('partnership.invite')}</h2>
          <ul className="link-list">
            {can.inviteCoordinator && (
              <li>
                <Link to={`/invite?partnershipId=${encodeURIComponent(partnership.id)}&role=COORDINATOR`}>{t('partnership.inviteCoordinator')}</Link>
              </li>
            )}
            {can.inviteVolunteer && (
              <li>
                <Link to={`/invite?partnershipId=${encodeURIComponent(partnership.id)}&role=VOLUNTEER`}>{t('partnership.inviteVolunteer')}</Link>
              </li>
            )}
          </ul>
        </section>
      )}
    </article>
  );
}
