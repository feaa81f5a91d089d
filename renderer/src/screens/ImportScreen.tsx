/** Import (coming): bring posts in from platform exports. Until then, point to the demo data. */
import { ComingSoon } from '../components/ComingSoon';
import { PageHeader } from '../components/PageHeader';
import type { ScreenMeta } from '../routes';

export function ImportScreen({ meta }: { meta: ScreenMeta }) {
  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      <ComingSoon
        plans={[
          'Choose a file exported from X, Bluesky, Mastodon or another platform, or a spreadsheet (CSV).',
          'Bulwark recognises the format, matches posts to your people and flags abuse as it goes.',
          'Large files are fine: progress is shown, and you can keep working meanwhile.',
          'Each file is fingerprinted, so evidence can always be traced back to where it came from.',
        ]}
      >
        <p className="muted">Imported posts stay on this computer.</p>
      </ComingSoon>
    </div>
  );
}
