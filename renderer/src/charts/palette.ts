/**
 * Colours for the dashboard's charts, per light/dark scheme. Categories keep their taxonomy colours
 * (Okabe–Ito and Tol, safe for colour-blind readers), except where a colour would vanish into the
 * background: black "threat" is drawn near-white in dark mode, very light greys darker in light mode.
 * Severity uses a sequential ramp that reads by lightness alone, so it survives any colour deficiency.
 */
import type { ChartPalette } from '../theme';
import { useChartPalette, useResolvedScheme } from '../theme';

export interface DashPalette extends ChartPalette {
  dark: boolean;
  /** Posts with no category (neutral, unclassified). */
  neutral: string;
  /** S0 → S4. */
  severity: string[];
  /** Spike markers on time charts. */
  spike: string;
}

const SEVERITY_LIGHT = ['#c5ccd3', '#fdd49e', '#fc8d59', '#d7301f', '#7f0000'];
const SEVERITY_DARK = ['#59636e', '#fdd49e', '#fdae6b', '#f16913', '#ff6b6b'];

export function useDashPalette(): DashPalette {
  const base = useChartPalette();
  const dark = useResolvedScheme() === 'dark';
  return {
    ...base,
    dark,
    neutral: dark ? '#6e7681' : '#c5ccd3',
    severity: dark ? SEVERITY_DARK : SEVERITY_LIGHT,
    spike: dark ? '#ff6b6b' : '#b30000',
  };
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return 0.5;
  const n = parseInt(m[1]!, 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

/** A category's colour, adjusted so it stays visible on the current background. */
export function categoryColour(
  key: string,
  colour: string | undefined,
  p: { dark: boolean; neutral: string },
): string {
  if (key === 'none' || !colour) return p.neutral;
  const l = luminance(colour);
  if (p.dark && l < 0.03) return '#e6edf3';
  if (!p.dark && l > 0.6) return '#8c959f';
  return colour;
}
