/** Posts explorer (coming): search and filter every imported post. */
import { ComingSoon } from '../components/ComingSoon';
import { PageHeader } from '../components/PageHeader';
import type { ScreenMeta } from '../routes';

export function PostsScreen({ meta }: { meta: ScreenMeta }) {
  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      <ComingSoon
        plans={[
          'Search the text of every post, with filters for person, platform, date, category and severity.',
          'Abusive text is blurred until you choose to reveal it.',
          'See why a post was flagged: the words, the rule and the model score.',
          'Add posts to a case with one click.',
        ]}
      />
    </div>
  );
}
