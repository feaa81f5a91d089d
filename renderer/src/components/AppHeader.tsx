/** The banner: name, what the tool is for, and two facts worth seeing from anywhere. */
import { formatNumber } from '../format';
import { useAppInfoStore } from '../stores/appInfoStore';
import { useSettingsStore } from '../stores/settingsStore';
import { Icon } from './Icon';

function DataStatus() {
  const info = useAppInfoStore((s) => s.data);
  const error = useAppInfoStore((s) => s.error);
  if (error && !info) return <span>Not connected to the database</span>;
  if (!info) return null;
  if (info.posts === 0) return <span>No posts yet</span>;
  return (
    <span>
      {formatNumber(info.posts)} posts · {formatNumber(info.people)} people
    </span>
  );
}

function ReviewerStatus() {
  const { reviewerName } = useSettingsStore((s) => s.settings);
  const loaded = useSettingsStore((s) => s.loaded);
  if (!loaded) return null;
  if (!reviewerName) return <a href="#/settings">Set your reviewer name</a>;
  return <span>Reviewer: {reviewerName}</span>;
}

export function AppHeader() {
  return (
    <header className="app-header">
      <div className="brand">
        <Icon name="shield" size={24} className="brand-mark" />
        <span className="brand-name">Bulwark</span>
        <span className="brand-tagline">Online abuse monitoring for our MPs and leader</span>
      </div>
      <div className="header-status">
        <DataStatus />
        <ReviewerStatus />
      </div>
    </header>
  );
}
