/** Urgent: S4 posts (threats of death or serious harm, encouraging self-harm) not rejected, newest first. */
import { ReviewWorkspace } from '../review/ReviewWorkspace';
import type { ScreenMeta } from '../routes';

export function UrgentScreen({ meta }: { meta: ScreenMeta }) {
  return <ReviewWorkspace mode="urgent" meta={meta} />;
}
