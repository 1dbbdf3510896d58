import { useQuery } from '@apollo/client/react';
import type { ProgrammeCode } from '@partner-hub/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { currentYearInBrussels } from '../../app/format';
import { useT } from '../../app/i18n';
import { InlineError, Loading } from '../../ui/Feedback';
import { PartnershipsSection } from '../partnership/PartnershipsSection';
import { ProgrammeYearFields } from '../progress/ProgrammeYearFields';
import { QuotaProgressCard, QuotaProgressCard_progress } from '../progress/QuotaProgressCard';
import { SetQuotaForm } from '../progress/SetQuotaForm';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

const quotaOf = (p: FragmentType<typeof QuotaProgressCard_progress>) => getFragmentData(QuotaProgressCard_progress, p).quota;

export const AdminQuotaDocument = graphql(`
  query AdminQuota($programme: ProgrammeCode!, $year: Int!) {
    quotaProgress(programme: $programme, year: $year) {
      ...QuotaProgressCard_progress
    }
  }
`);

function QuotaSection() {
  const t = useT();
  const [programme, setProgramme] = useState<ProgrammeCode>('RESETTLEMENT');
  const [yearText, setYearText] = useState(() => String(currentYearInBrussels()));
  const year = Number.parseInt(yearText, 10);
  const validYear = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const { data, loading, error } = useQuery(AdminQuotaDocument, {
    variables: { programme, year: validYear ? year : 0 },
    skip: !validYear,
  });

  return (
    <section className="section" aria-labelledby="quota-heading">
      <h2 id="quota-heading">{t('quota.title')}</h2>
      <ProgrammeYearFields programme={programme} onProgrammeChange={setProgramme} yearText={yearText} onYearChange={setYearText} />
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <InlineError error={error} />
      ) : data ? (
        <>
          <QuotaProgressCard progress={data.quotaProgress} />
          <SetQuotaForm key={`${programme}-${year}`} programme={programme} year={year} current={quotaOf(data.quotaProgress)} refetchQuery="AdminQuota" />
        </>
      ) : null}
    </section>
  );
}

export function AdminHome() {
  const t = useT();
  return (
    <>
      <p className="lead">{t('home.adminIntro')}</p>
      <section className="section" aria-labelledby="programme-tools-heading">
        <h2 id="programme-tools-heading">{t('home.programmeTools')}</h2>
        <ul className="link-list tool-links">
          <li>
            <Link to="/dashboard">{t('dashboard.link')}</Link>
          </li>
          <li>
            <Link to="/reports/yearly">{t('report.open')}</Link>
          </li>
          <li>
            <Link to="/board">{t('board.open')}</Link>
          </li>
          <li>
            <Link to="/admin/plan-templates">{t('templates.title')}</Link>
          </li>
          <li>
            <Link to="/admin/programmes">{t('programmeSettings.open')}</Link>
          </li>
        </ul>
      </section>
      <QuotaSection />
      <PartnershipsSection
        title={t('partnerships.allTitle')}
        empty={
          <>
            <p>{t('partnerships.emptyAdmin')}</p>
            <p>
              <Link to="/admin/partnerships">{t('partnerships.createLink')}</Link>
            </p>
          </>
        }
      />
    </>
  );
}
