/**
 * The bar chart's layout as plain numbers, apart from React so it can be tested: the biggest
 * bars first, the long tail folded into one "others" bar, lengths scaled to the largest.
 */

export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

export interface Bar extends BarDatum {
  readonly y: number;
  readonly width: number;
  /** True for the bar that sums up the units that did not fit. */
  readonly others: boolean;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly barAreaWidth: number;
  readonly barHeight: number;
  readonly bars: readonly Bar[];
}

export const CHART_WIDTH = 320;
export const LABEL_WIDTH = 118;
export const VALUE_WIDTH = 70;
export const BAR_HEIGHT = 18;
export const BAR_GAP = 8;
export const MAX_BARS = 8;

/**
 * Positive amounts only (a bar cannot show a negative budget; those are findings of their
 * own), largest first; beyond `maxBars` − 1 bars the rest become one "others" bar.
 */
export function layoutBars(data: readonly BarDatum[], othersLabel: (n: number) => string, maxBars = MAX_BARS): ChartLayout {
  const positive = data.filter((d) => Number.isFinite(d.value) && d.value > 0).sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1));
  let rows: { label: string; value: number; others: boolean }[] = positive.map((d) => ({ ...d, others: false }));
  if (positive.length > maxBars) {
    const head = positive.slice(0, maxBars - 1);
    const tail = positive.slice(maxBars - 1);
    rows = [
      ...head.map((d) => ({ ...d, others: false })),
      { label: othersLabel(tail.length), value: tail.reduce((s, d) => s + d.value, 0), others: true },
    ];
  }
  const barAreaWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = rows.reduce((m, r) => Math.max(m, r.value), 0);
  const bars = rows.map((r, i) => ({
    ...r,
    y: i * (BAR_HEIGHT + BAR_GAP),
    // Every positive amount gets at least a sliver, so a small unit is still visible.
    width: max > 0 ? Math.max(2, (r.value / max) * barAreaWidth) : 0,
  }));
  return {
    width: CHART_WIDTH,
    height: Math.max(BAR_HEIGHT, rows.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP),
    labelWidth: LABEL_WIDTH,
    barAreaWidth,
    barHeight: BAR_HEIGHT,
    bars,
  };
}

/** Shortens a label to fit the label column (the full text stays in the bar's <title>). */
export function clipLabel(label: string, max = 18): string {
  const s = label.replace(/\s+/g, ' ').trim();
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
