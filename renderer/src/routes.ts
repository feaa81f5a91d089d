/** The screens in navigation order. Titles double as each screen's <h1> and the window title. */
export type ScreenId =
  'dashboard' | 'posts' | 'urgent' | 'review' | 'people' | 'campaigns' | 'cases' | 'import' | 'settings';

export interface ScreenMeta {
  id: ScreenId;
  path: string;
  label: string;
  /** Shown under the heading: what this screen is for, in one line. */
  summary: string;
  /** Not built yet: the nav shows a quiet "Soon" marker. */
  comingSoon?: boolean;
  /** Draw a divider above this item (separates data admin from daily work). */
  separated?: boolean;
}

export const SCREENS: readonly ScreenMeta[] = [
  {
    id: 'dashboard',
    path: '/dashboard',
    label: 'Dashboard',
    summary: 'Volume of posts mentioning your people, at a glance.',
  },
  {
    id: 'posts',
    path: '/posts',
    label: 'Posts',
    summary: 'Search and filter every imported post.',
  },
  {
    id: 'urgent',
    path: '/urgent',
    label: 'Urgent',
    summary: 'Threats and encouragement of self-harm (S4), newest first, until a reviewer rejects them.',
  },
  {
    id: 'review',
    path: '/review',
    label: 'Review',
    summary: 'Confirm or reject what the classifier flagged, most severe first.',
  },
  {
    id: 'people',
    path: '/people',
    label: 'People',
    summary: 'The leader, MPs and staff Bulwark watches for.',
  },
  {
    id: 'campaigns',
    path: '/campaigns',
    label: 'Campaigns',
    summary: 'Groups of accounts acting together against someone.',
    comingSoon: true,
  },
  {
    id: 'cases',
    path: '/cases',
    label: 'Cases',
    summary: 'Collections of posts with notes, ready to become evidence packs.',
    comingSoon: true,
  },
  {
    id: 'import',
    path: '/import',
    label: 'Import',
    summary: 'Bring posts in from platform exports.',
    separated: true,
  },
  {
    id: 'settings',
    path: '/settings',
    label: 'Settings',
    summary: 'Your name, appearance, how posts are classified, and the database in use.',
  },
];

export function screenForPath(path: string): ScreenMeta | undefined {
  return SCREENS.find((s) => s.path === path);
}
