import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { getFragmentData, graphql } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { Loading, PageError } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { DocumentsPanel } from '../document/DocumentsPanel';
import { MessagesSection } from '../messaging/MessagesSection';
import { FundingHistory } from '../funding/FundingHistory';
import { FundingTable } from '../funding/FundingTable';
import { FlagList } from '../progress/FlagList';
import { GuidancePlan } from '../progress/GuidancePlan';
import { HouseholdTimeline } from '../progress/HouseholdTimeline';
import { HousingPanel } from '../progress/HousingPanel';
import { EditHouseholdForm } from './EditHouseholdForm';
import { ExtendGuidanceAction, RecordArrivalForm, WithdrawExtensionForm } from './HouseholdActions';
import { EndGuidanceForm } from './EndGuidanceForm';
import { HouseholdMembersList } from './HouseholdMembersList';
import { HouseholdSummary } from './HouseholdSummary';
import { SpecificNeedsPanel } from './SpecificNeedsPanel';
import { HouseholdPrivacyPanel } from '../privacy/HouseholdPrivacyPanel';

/** Everything the household page shows; mutations on a household return it, so the page updates. */
export const HouseholdPage_household = graphql(`
  fragment HouseholdPage_household on Household {
    id
    reference
    arrivalDate
    guidanceStart
    guidanceExtended
    endedOn
    partnership {
      id
      name
      personsCount
      fundingTotalCents
      programme {
        id
        code
      }
    }
    viewerCan {
      view
      update
      recordArrival
      extendGuidance
      withdrawExtension
      endGuidance
      transfer
      viewSpecificNeeds
      updateSpecificNeeds
      viewFunding
      uploadDocument
      uploadSensitiveDocument
    }
    funding {
      ...FundingTable_funding
    }
    flags
    ...HouseholdProgress_household
    ...GuidancePlan_household
    ...HousingPanel_household
    ...HouseholdTimeline_household
    ...HouseholdSummary_household
    ...HouseholdMembersList_household
    ...SpecificNeedsPanel_household
    ...EditHouseholdForm_household
    ...FundingHistory_household
    ...HouseholdsTable_households
    ...HouseholdPrivacyPanel_household
  }
`);

export const HouseholdPageDocument = graphql(`
  query HouseholdPage($id: ID!) {
    household(id: $id) {
      id
      ...HouseholdPage_household
    }
  }
`);

export function HouseholdPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { me } = useViewer();
  const { data, loading, error, refetch } = useQuery(HouseholdPageDocument, { variables: { id } });
  const household = getFragmentData(HouseholdPage_household, data?.household);
  const [editing, setEditing] = useState(false);
  const [transferredTo, setTransferredTo] = useState<string | null>(null);
  usePageTitle(household ? t('household.title', { reference: household.reference }) : null);

  if (error && !household) return <PageError error={error} onRetry={() => void refetch()} />;
  if (loading || !household) return <Loading />;

  const can = household.viewerCan;
  // viewerCan says what the role may do; the household's state decides whether it still makes sense.
  const canRecordArrival = can.recordArrival && !household.arrivalDate;
  const canExtendGuidance = can.extendGuidance && Boolean(household.guidanceStart) && !household.guidanceExtended && !household.endedOn;

  return (
    <article className="page" aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to={`/partnerships/${household.partnership.id}`}>{t('household.backToPartnership', { name: household.partnership.name })}</Link>
      </p>
      <h1 id="page-title">{t('household.title', { reference: household.reference })}</h1>
      <FlagList flags={household.flags} />
      <HouseholdPrivacyPanel household={household} part="notice" />

      <section className="section" aria-labelledby="household-details-heading">
        <h2 id="household-details-heading">{t('partnership.details')}</h2>
        <HouseholdSummary household={household} />
        {transferredTo && (
          <p className="notice" role="status">
            {t('lifecycle.transferred', { name: transferredTo })}
          </p>
        )}
        {(canRecordArrival || canExtendGuidance || can.withdrawExtension || can.endGuidance || can.transfer) && (
          <div className="actions">
            {canRecordArrival && <Disclosure label={t('household.recordArrival')}>{(close) => <RecordArrivalForm householdId={household.id} onDone={close} />}</Disclosure>}
            {canExtendGuidance && <ExtendGuidanceAction householdId={household.id} />}
            {can.withdrawExtension && <Disclosure label={t('household.withdrawExtension')}>{(close) => <WithdrawExtensionForm householdId={household.id} onDone={close} />}</Disclosure>}
            {(can.endGuidance || can.transfer) && (
              <Disclosure label={t('lifecycle.endGuidance')}>
                {(close) => (
                  <EndGuidanceForm
                    householdId={household.id}
                    partnershipId={household.partnership.id}
                    programme={household.partnership.programme.code}
                    canEnd={can.endGuidance}
                    onDone={close}
                    onTransferred={(p) => {
                      setTransferredTo(p.name);
                      close();
                      void refetch();
                    }}
                  />
                )}
              </Disclosure>
            )}
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="household-plan-heading">
        <h2 id="household-plan-heading">{t('plan.title')}</h2>
        <GuidancePlan household={household} />
      </section>

      <section className="section" aria-labelledby="household-housing-heading">
        <h2 id="household-housing-heading">{t('housing.title')}</h2>
        <HousingPanel household={household} />
      </section>

      <section className="section" aria-labelledby="household-members-heading">
        <h2 id="household-members-heading">{t('household.members')}</h2>
        {editing ? (
          <EditHouseholdForm
            household={household}
            canCorrectArrival={can.endGuidance || me?.role === 'ADMIN' || me?.role === 'CONTACT_PERSON'}
            canUpdateSpecificNeeds={can.updateSpecificNeeds}
            onDone={() => setEditing(false)}
          />
        ) : (
          <>
            <HouseholdMembersList household={household} />
            {can.update && (
              <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                {t('household.edit')}
              </button>
            )}
          </>
        )}
      </section>

      <section className="section" aria-labelledby="household-needs-heading">
        <h2 id="household-needs-heading">{t('household.specificNeeds')}</h2>
        <SpecificNeedsPanel household={household} />
        {me?.role === 'ADMIN' && (
          <p>
            <Link to={`/admin/access-log?householdId=${encodeURIComponent(household.id)}`}>{t('nav.accessLog')}</Link>
          </p>
        )}
      </section>

      {household.funding && (
        <section className="section" aria-labelledby="household-funding-heading">
          <h2 id="household-funding-heading">{t('household.funding')}</h2>
          <FundingTable funding={household.funding} />
          <FundingHistory household={household} />
        </section>
      )}

      <MessagesSection householdId={household.id} />

      {/* Everyone who sees the household may add documents to it; need-to-know papers follow the specific-needs rule. */}
      <DocumentsPanel partnershipId={household.partnership.id} householdId={household.id} canUpload={can.uploadDocument} needToKnow={can.uploadSensitiveDocument} />

      <HouseholdPrivacyPanel household={household} part="admin" />

      <section className="section" aria-labelledby="household-timeline-heading">
        <h2 id="household-timeline-heading">{t('timeline.title')}</h2>
        <HouseholdTimeline household={household} />
      </section>
    </article>
  );
}
