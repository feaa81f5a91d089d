/** Review queue (coming): confirm or reject what the classifier flagged. */
import { ComingSoon } from '../components/ComingSoon';
import { PageHeader } from '../components/PageHeader';
import type { ScreenMeta } from '../routes';

export function ReviewScreen({ meta }: { meta: ScreenMeta }) {
  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      <ComingSoon
        plans={[
          'A queue of flagged posts, threats and other urgent posts first.',
          'Confirm, reject or escalate each one with the keyboard; your decision always overrides the machine.',
          'Text stays blurred by default, so you only read what you need to.',
          'Every decision is recorded with your reviewer name.',
        ]}
      />
    </div>
  );
}
