/** Tooltip styling shared by the charts, from the current palette. */
import type { ChartPalette } from '../theme';

export function tooltipStyles(p: ChartPalette) {
  return {
    contentStyle: {
      background: p.tooltipBg,
      border: `1px solid ${p.tooltipBorder}`,
      borderRadius: 6,
      fontSize: 13,
    },
    labelStyle: { fontWeight: 600, marginBottom: 4, color: p.tooltipText },
    // Series colours are for shapes; text stays neutral so it meets 4.5:1 on both themes.
    itemStyle: { padding: 0, color: p.tooltipText },
  };
}

/** Legend labels in the neutral text colour (the swatch beside each carries the series colour). */
export function legendText(p: ChartPalette) {
  return (value: string) => <span style={{ color: p.text }}>{value}</span>;
}
