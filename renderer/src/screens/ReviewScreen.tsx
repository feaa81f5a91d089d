/** Review: unreviewed posts the classifier flagged as abuse, most severe first, decided one by one. */
import { ReviewWorkspace } from '../review/ReviewWorkspace';
import type { ScreenMeta } from '../routes';

export function ReviewScreen({ meta }: { meta: ScreenMeta }) {
  return <ReviewWorkspace mode="queue" meta={meta} />;
}
