/**
 * Light/dark: the OS decides unless Settings pins one. CSS does the work (tokens.css); this file sets the
 * override attribute and tells charts which palette to draw with, since SVG attributes cannot read CSS
 * variables reliably.
 */
import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from './stores/settingsStore';
import { useSettingsStore } from './stores/settingsStore';

export function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribeOs(onChange: () => void): () => void {
  const q = darkQuery();
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}

/** What the operating system asks for, whatever Settings says. */
export function useOsScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribeOs, () => darkQuery().matches) ? 'dark' : 'light';
}

/** What is actually on screen: the Settings override, else the OS. */
export function useResolvedScheme(): 'light' | 'dark' {
  const os = useOsScheme();
  const theme = useSettingsStore((s) => s.settings.theme);
  return theme === 'system' ? os : theme;
}

/** Okabe–Ito hues plus neutral chart chrome, tuned per scheme for contrast on the card surface. */
export interface ChartPalette {
  posts: string;
  abusive: string;
  grid: string;
  axis: string;
  text: string;
  tooltipBg: string;
  tooltipBorder: string;
  tooltipText: string;
  cursor: string;
}

const LIGHT: ChartPalette = {
  posts: '#0072b2',
  abusive: '#d55e00',
  grid: '#e4e8ec',
  axis: '#afb8c1',
  text: '#59636e',
  tooltipBg: '#ffffff',
  tooltipBorder: '#d1d9e0',
  tooltipText: '#1f2328',
  cursor: 'rgba(0, 114, 178, 0.08)',
};

const DARK: ChartPalette = {
  posts: '#56b4e9',
  abusive: '#e69f00',
  grid: '#262c34',
  axis: '#484f58',
  text: '#9198a1',
  tooltipBg: '#1f2630',
  tooltipBorder: '#30363d',
  tooltipText: '#e6edf3',
  cursor: 'rgba(86, 180, 233, 0.12)',
};

export function useChartPalette(): ChartPalette {
  return useResolvedScheme() === 'dark' ? DARK : LIGHT;
}
