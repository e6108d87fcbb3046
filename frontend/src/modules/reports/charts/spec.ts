import type { Cell } from '../csv';
import type { ChartClick } from './EChart';
import type { ChartOption } from './echarts';

/**
 * Everything one dashboard card needs: what to draw, the same figures as a table (for "download
 * CSV" and for screen readers), and where a click on a bar or segment leads. Built by pure
 * functions (see specs/*.ts) so their numbers and links are tested without a canvas.
 */
export type ChartSpec = {
  key: string;
  title: string;
  option: ChartOption;
  table: { header: string[]; rows: Cell[][] };
  drill?: (click: ChartClick) => string | null;
};

/** Shared look: room for axis labels, a tooltip on hover and tap (phones have no hover). */
export const BASE_OPTION: ChartOption = {
  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
  tooltip: { trigger: 'axis', confine: true },
  legend: { top: 0, type: 'scroll' },
};
