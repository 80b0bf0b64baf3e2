/**
 * The data a chart is drawn from, passed to the browser in a data-chart attribute (CSP-safe).
 * The same numbers are always printed in a table beside the chart.
 */

/** How a series is drawn: the client maps each kind to a colour-blind-safe colour and a dash. */
export type SeriesKind = 'value' | 'value2' | 'pace' | 'target' | 'stretch' | 'rank' | 'compare';

export interface ChartSeries {
  label: string;
  kind: SeriesKind;
  values: Array<number | null>;
  /** For 'compare' lines: the line's place in the legend, which picks its colour, dash and point. */
  style?: number;
}

export interface ChartSpec {
  labels: string[];
  series: ChartSeries[];
  /** Axis title, e.g. 万美元 or 完成率（%）. */
  yTitle: string;
  /** amount: plain numbers; percent: values already in % (25 = 25%); rank: places, 1 on top. */
  format: 'amount' | 'percent' | 'rank';
  decimals?: number;
  /** Name each line at its last point instead of in a legend, where the names do not collide (the comparison). */
  endLabels?: boolean;
  /** Largest place, for rank charts. */
  max?: number;
}

export const chartData = (spec: ChartSpec) => JSON.stringify(spec);
