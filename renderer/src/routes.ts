/** The screens in navigation order. Titles double as each screen's <h1> and the window title. */
export type ScreenId =
  | 'dashboard'
  | 'posts'
  | 'urgent'
  | 'alerts'
  | 'review'
  | 'people'
  | 'campaigns'
  | 'cases'
  | 'import'
  | 'settings';

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
    id: 'alerts',
    path: '/alerts',
    label: 'Alerts',
    summary: 'Sudden rises in the abuse aimed at one person, with the posts behind them.',
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
    summary:
      'Groups of accounts acting together against one person: copied messages, hashtag and link pushes, pile-ons.',
  },
  {
    id: 'cases',
    path: '/cases',
    label: 'Cases',
    summary: 'Collections of posts with notes, ready to become evidence packs.',
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

/** Pages reached by link rather than from the navigation, with an id in the path. */
export const ACCOUNT_PATH = /^\/accounts\/(\d{1,12})$/;

/** The account id of an account page path ('/accounts/42' → 42), else null. */
export function accountIdForPath(path: string): number | null {
  const m = ACCOUNT_PATH.exec(path);
  return m ? Number(m[1]) : null;
}
