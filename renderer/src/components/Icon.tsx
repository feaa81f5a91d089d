/** A small set of line icons drawn inline (no icon fonts or remote assets). Always decorative. */
import type { ReactNode } from 'react';

export type IconName =
  | 'dashboard'
  | 'posts'
  | 'review'
  | 'people'
  | 'campaigns'
  | 'cases'
  | 'import'
  | 'settings'
  | 'shield'
  | 'error'
  | 'success'
  | 'info'
  | 'close'
  | 'database';

const PATHS: Record<IconName, ReactNode> = {
  dashboard: (
    <>
      <rect x="3.5" y="3.5" width="7" height="7" rx="1.5" />
      <rect x="13.5" y="3.5" width="7" height="4" rx="1.5" />
      <rect x="13.5" y="10.5" width="7" height="10" rx="1.5" />
      <rect x="3.5" y="13.5" width="7" height="7" rx="1.5" />
    </>
  ),
  posts: (
    <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4.5 4v-4A1.5 1.5 0 0 1 4 14.5z M8 8.5h8 M8 11.5h5" />
  ),
  review: (
    <>
      <path d="M12 3.5 19.5 6v5.5c0 4.5-3.2 7.6-7.5 9-4.3-1.4-7.5-4.5-7.5-9V6z" />
      <path d="m8.75 12 2.25 2.25 4.25-4.5" />
    </>
  ),
  people: (
    <>
      <circle cx="9" cy="8.5" r="3.25" />
      <path d="M3.5 19.5c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5" />
      <path d="M15.5 5.6a3.25 3.25 0 0 1 0 5.8 M17.5 14.9c1.6.7 2.7 2.3 3 4.6" />
    </>
  ),
  campaigns: (
    <>
      <circle cx="6" cy="6.5" r="2.5" />
      <circle cx="18" cy="6.5" r="2.5" />
      <circle cx="12" cy="17.5" r="2.5" />
      <path d="M8.5 6.5h7 M7.3 8.7l3.5 6.6 M16.7 8.7l-3.5 6.6" />
    </>
  ),
  cases: (
    <path d="M3.5 7A1.5 1.5 0 0 1 5 5.5h4l2 2h8A1.5 1.5 0 0 1 20.5 9v9a1.5 1.5 0 0 1-1.5 1.5H5A1.5 1.5 0 0 1 3.5 18z" />
  ),
  import: (
    <>
      <path d="M12 3.5v11 M7.5 10l4.5 4.5 4.5-4.5" />
      <path d="M4 15.5v3A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5v-3" />
    </>
  ),
  settings: (
    <>
      <path d="M4 7h9 M17 7h3 M4 17h3 M11 17h9" />
      <circle cx="15" cy="7" r="2" />
      <circle cx="9" cy="17" r="2" />
    </>
  ),
  shield: <path d="M12 2.75 20 5.6v6.1c0 5-3.5 8.4-8 9.8-4.5-1.4-8-4.8-8-9.8V5.6z" />,
  error: (
    <>
      <path d="M12 4 21 19.5H3z" />
      <path d="M12 10v4 M12 16.75v.5" />
    </>
  ),
  success: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="m8.25 12.25 2.5 2.5 5-5.25" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 11v5.5 M12 7.75v.5" />
    </>
  ),
  close: <path d="M6.5 6.5l11 11 M17.5 6.5l-11 11" />,
  database: (
    <>
      <ellipse cx="12" cy="6" rx="7.5" ry="2.75" />
      <path d="M4.5 6v12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75V6 M4.5 12c0 1.5 3.4 2.75 7.5 2.75s7.5-1.25 7.5-2.75" />
    </>
  ),
};

export function Icon({ name, size = 18, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
