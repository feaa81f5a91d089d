/**
 * The user's settings (reviewer name, theme). The theme is also cached in localStorage so the next start
 * paints in the right colours before the API has answered.
 */
import { create } from 'zustand';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { refetchOn } from './dataEvents';
import { toApiError } from './resource';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  reviewerName: string;
  theme: ThemeChoice;
}

const THEME_CACHE_KEY = 'bulwark.theme';

export function cachedTheme(): ThemeChoice {
  try {
    return asTheme(localStorage.getItem(THEME_CACHE_KEY));
  } catch {
    return 'system';
  }
}

function asTheme(v: unknown): ThemeChoice {
  return v === 'light' || v === 'dark' ? v : 'system';
}

function fromRecord(r: Record<string, unknown>): Settings {
  return { reviewerName: typeof r.reviewerName === 'string' ? r.reviewerName : '', theme: asTheme(r.theme) };
}

function cacheTheme(theme: ThemeChoice): void {
  try {
    localStorage.setItem(THEME_CACHE_KEY, theme);
  } catch {
    // Storage can be unavailable (private mode); the theme then simply loads a moment later.
  }
}

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  loadError: ApiCallError | null;
  load: () => Promise<void>;
  /** Saves a change; resolves to the error, if any, so the form can show it next to the field. */
  save: (patch: Partial<Settings>) => Promise<ApiCallError | null>;
}

export const useSettingsStore = create<SettingsState>((set, get) => ({
  settings: { reviewerName: '', theme: cachedTheme() },
  loaded: false,
  loadError: null,
  load: async () => {
    try {
      const settings = fromRecord(await api('settings.get', {}));
      cacheTheme(settings.theme);
      set({ settings, loaded: true, loadError: null });
    } catch (err) {
      set({ loaded: true, loadError: toApiError(err) });
    }
  },
  save: async (patch) => {
    const before = get().settings;
    // Optimistic, so a theme change is felt at once; rolled back if the save fails.
    set({ settings: { ...before, ...patch } });
    if (patch.theme) cacheTheme(patch.theme);
    try {
      const saved = await api('settings.set', patch);
      const next = { ...get().settings, ...patch, ...pickKnown(saved) };
      set({ settings: next });
      cacheTheme(next.theme);
      return null;
    } catch (err) {
      set({ settings: before });
      cacheTheme(before.theme);
      return toApiError(err);
    }
  },
}));

function pickKnown(r: unknown): Partial<Settings> {
  if (!r || typeof r !== 'object') return {};
  const rec = r as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (typeof rec.reviewerName === 'string') out.reviewerName = rec.reviewerName;
  if ('theme' in rec) out.theme = asTheme(rec.theme);
  return out;
}

refetchOn(['settings'], () => void useSettingsStore.getState().load());
