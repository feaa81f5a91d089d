/** The words the review screens use for statuses and actions. */
import type { ReviewAction, ReviewStatus } from '../../../electron/api/types';

export const STATUS_TEXT: Record<ReviewStatus, string> = {
  unreviewed: 'Not reviewed yet',
  confirmed: 'Confirmed as abuse',
  rejected: 'Not abuse (rejected)',
  escalated: 'Escalated',
};

export function actionText(action: ReviewAction | 'undo' | 'decide', status: ReviewStatus): string {
  switch (action) {
    case 'confirm':
      return 'Confirmed as abuse';
    case 'reject':
      return 'Marked not abuse';
    case 'escalate':
      return 'Escalated';
    case 'recategorise':
      return 'Category changed';
    case 'note':
      return 'Note added';
    case 'undo':
      return `Undone (back to: ${STATUS_TEXT[status].toLowerCase()})`;
    default:
      return STATUS_TEXT[status];
  }
}
