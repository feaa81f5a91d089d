/** Campaigns (coming): coordinated groups of accounts. */
import { ComingSoon } from '../components/ComingSoon';
import { PageHeader } from '../components/PageHeader';
import type { ScreenMeta } from '../routes';

export function CampaignsScreen({ meta }: { meta: ScreenMeta }) {
  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      <ComingSoon
        plans={[
          'Spot bursts of similar posts aimed at one person from many accounts.',
          'See which accounts took part, when, and what they posted.',
          'Turn a campaign into a case for reporting to a platform.',
        ]}
      />
    </div>
  );
}
