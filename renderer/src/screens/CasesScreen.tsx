/** Cases (coming): posts gathered with notes, exported as evidence packs. */
import { ComingSoon } from '../components/ComingSoon';
import { PageHeader } from '../components/PageHeader';
import type { ScreenMeta } from '../routes';

export function CasesScreen({ meta }: { meta: ScreenMeta }) {
  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      <ComingSoon
        plans={[
          'Gather posts about one person or incident, with notes and a history.',
          'Export an evidence pack for the police, a platform or a lawyer: exact text, links, UTC times and checksums.',
          'Check later that a pack has not been altered.',
        ]}
      />
    </div>
  );
}
