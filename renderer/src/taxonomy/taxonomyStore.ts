/** The categories (taxonomy.list), shared by the review screens and Settings. */
import type { CategoryInfo } from '../../../electron/api/types';
import { api } from '../api/client';
import { createResource } from '../stores/resource';

export const useCategoriesStore = createResource(() => api('taxonomy.list', {}), ['categories'], undefined);

/** key → category, for looking names and colours up while rendering. */
export function categoryIndex(list: CategoryInfo[] | null): Map<string, CategoryInfo> {
  return new Map((list ?? []).map((c) => [c.key, c]));
}

/** A readable name for a key even before the categories have loaded: 'harm_incitement' → 'Harm incitement'. */
export function categoryName(index: Map<string, CategoryInfo>, key: string | null | undefined): string {
  if (!key) return 'Uncategorised';
  const c = index.get(key);
  if (c) return c.name;
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The lexicon edits (settings 'classify.lexicon'). */
export const useLexiconStore = createResource(() => api('lexicon.get', {}), ['settings'], undefined);

/** The thresholds in force, their defaults and which were changed (settings 'classify.thresholds'). */
export const useThresholdsStore = createResource(() => api('thresholds.get', {}), ['settings'], undefined);
