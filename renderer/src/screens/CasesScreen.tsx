/**
 * Cases: posts gathered for one person or campaign, with notes, a status workflow, references and a
 * history, exported as evidence packs. #/cases lists them; #/cases?case=3 opens one.
 */
import { useEffect, useState } from 'react';
import { CaseDetailView } from '../cases/CaseDetailView';
import { CaseDetailsDialog } from '../cases/CaseDialogs';
import { CaseList } from '../cases/CaseList';
import { useCaseListStore } from '../cases/casesStore';
import { VerifyPack } from '../cases/VerifyPack';
import '../cases/cases.css';
import { ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { hrefFor, navigate, useRoute } from '../router';
import type { ScreenMeta } from '../routes';

export function CasesScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const param = params.get('case');
  const caseId = param && /^\d{1,12}$/.test(param) ? Number(param) : null;
  const list = useCaseListStore();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (caseId === null) void useCaseListStore.getState().load();
  }, [caseId]);

  const newCase = (
    <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
      New case
    </button>
  );
  return (
    <div className="screen">
      <PageHeader
        title={meta.label}
        summary="Posts gathered for one person or campaign, with notes, references and a history — exported as evidence packs for the police, platforms or solicitors."
        actions={caseId === null ? newCase : undefined}
      />
      {caseId !== null ? (
        <CaseDetailView caseId={caseId} />
      ) : (
        <>
          {list.error ? (
            <ErrorAlert error={list.error} doing="load the cases" onRetry={() => void list.load()} />
          ) : null}
          {!list.data && !list.error ? <Loading label="Loading cases…" /> : null}
          {list.data && list.data.length === 0 ? (
            <div className="card">
              <EmptyState icon="cases" title="No cases yet" actions={newCase}>
                <p>
                  Start a case when abuse needs action: a report to a platform, a referral to the police, or a
                  record for the member. You can also use “Add to case” on posts in{' '}
                  <a href={hrefFor('/review')}>Review</a>, <a href={hrefFor('/posts')}>Posts</a> and{' '}
                  <a href={hrefFor('/campaigns')}>Campaigns</a>.
                </p>
              </EmptyState>
            </div>
          ) : null}
          {list.data && list.data.length > 0 ? (
            <section className="card">
              <CaseList cases={list.data} />
            </section>
          ) : null}
          <VerifyPack />
        </>
      )}
      {creating ? (
        <CaseDetailsDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate('/cases', { case: String(id) });
          }}
        />
      ) : null}
    </div>
  );
}
