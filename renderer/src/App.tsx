/** The app: frame + the screen for the current hash route. Settings and app info load once at start. */
import { useEffect } from 'react';
import type { ComponentType } from 'react';
import { AppFrame } from './components/AppFrame';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useRoute } from './router';
import type { ScreenId, ScreenMeta } from './routes';
import { accountIdForPath, screenForPath } from './routes';
import { AccountScreen } from './accounts/AccountScreen';
import { AlertsScreen } from './screens/AlertsScreen';
import { CampaignsScreen } from './screens/CampaignsScreen';
import { CasesScreen } from './screens/CasesScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { ImportScreen } from './screens/ImportScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { PeopleScreen } from './screens/PeopleScreen';
import { PostsScreen } from './screens/PostsScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { UrgentScreen } from './screens/UrgentScreen';
import { useAppInfoStore } from './stores/appInfoStore';
import { useSettingsStore } from './stores/settingsStore';
import { applyTheme } from './theme';

const SCREEN_COMPONENTS: Record<ScreenId, ComponentType<{ meta: ScreenMeta }>> = {
  dashboard: DashboardScreen,
  posts: PostsScreen,
  urgent: UrgentScreen,
  alerts: AlertsScreen,
  review: ReviewScreen,
  people: PeopleScreen,
  campaigns: CampaignsScreen,
  cases: CasesScreen,
  import: ImportScreen,
  settings: SettingsScreen,
};

export function App() {
  const { path } = useRoute();
  const screen = screenForPath(path);
  const theme = useSettingsStore((s) => s.settings.theme);

  useEffect(() => {
    void useSettingsStore.getState().load();
    void useAppInfoStore.getState().load();
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  const Screen = screen ? SCREEN_COMPONENTS[screen.id] : null;
  return (
    <AppFrame screen={screen} path={path}>
      <ErrorBoundary key={path}>
        {Screen && screen ? (
          <Screen meta={screen} />
        ) : accountIdForPath(path) ? (
          <AccountScreen id={accountIdForPath(path)!} />
        ) : (
          <NotFoundScreen path={path} />
        )}
      </ErrorBoundary>
    </AppFrame>
  );
}
