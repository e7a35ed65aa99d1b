// The overview's charts as chart-library options: pure data, drawn by the renderer in the window and by
// the Node side into the Word report, so both show the same picture. Only types come from the library.
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { REPORTED_LABEL } from '../compliance/status-words';
import type { ObligationStatus } from '../types';
import type { OverviewView, StatusFigures } from './overview';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption | TooltipComponentOption>;

/** The matrix's cell colours (styles.css --on-time, --late, --missing, --pending), so a status looks the same everywhere. */
export const STATUS_COLOUR: Record<ObligationStatus, string> = {
  on_time: '#1b7a43',
  late: '#f5c04a',
  missing: '#b42318',
  pending: '#c9ced6',
};

/** Stacking order: what needs chasing first. */
export const CHART_STATUS_ORDER: ObligationStatus[] = ['missing', 'late', 'on_time', 'pending'];

/** Fonts that carry Chinese on the office's Windows machines and on Linux. */
export const CHART_FONT = "'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'SimSun', sans-serif";

/** The on-time rate in words: 66.7%, or — while nothing is due. */
export function rateText(f: Pick<StatusFigures, 'onTimeRate'>): string {
  return f.onTimeRate === null ? '—' : `${(f.onTimeRate * 100).toFixed(1)}%`;
}

/** How the on-time rate is defined, for tooltips and legends. */
export const RATE_DEFINITION = '按时率 = 按时报送 ÷（按时报送 + 逾期报送 + 未报送），只计已到期或已报送的任务，免报不计。';

const base = {
  animation: false,
  textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1f2933' },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: { bottom: 0, itemWidth: 12, itemHeight: 12 },
} satisfies ChartOption;

function statusBars(category: string[], value: (status: ObligationStatus, i: number) => number, statuses = CHART_STATUS_ORDER): BarSeriesOption[] {
  return statuses.map((s) => ({
    type: 'bar',
    name: REPORTED_LABEL[s],
    stack: 'status',
    barMaxWidth: 28,
    itemStyle: { color: STATUS_COLOUR[s] },
    emphasis: { disabled: true },
    // The count on the bar itself, so the chart reads without the legend's colours.
    label: { show: true, color: s === 'missing' || s === 'on_time' ? '#ffffff' : '#1f2933', formatter: (p: { value?: unknown }) => (p.value ? String(p.value) : '') },
    data: category.map((_, i) => value(s, i)),
  }));
}

/** Per policy: obligations by status as one stacked bar each, the on-time rate beside its name. */
export function policyStatusChart(view: OverviewView, options: { title?: string } = {}): ChartOption {
  // The first policy on top, as in the table beside it.
  const rows = [...view.policies].reverse();
  const names = rows.map((p) => `${p.policy.label}\n按时率 ${rateText(p)}`);
  return {
    ...base,
    ...(options.title ? { title: { text: options.title, left: 'center', textStyle: { fontSize: 15, fontFamily: CHART_FONT } } } : {}),
    grid: { left: 12, right: 24, top: options.title ? 44 : 12, bottom: 48 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, axisLabel: { width: 240, overflow: 'truncate', lineHeight: 16 } },
    series: statusBars(names, (s, i) => rows[i].counts[s]),
  };
}

/** Departments with the most missing and late obligations across every policy, the worst on top. */
export function departmentRankingChart(view: OverviewView, top = 12): ChartOption {
  const rows = view.departments.filter((d) => d.missing + d.late > 0).slice(0, top).reverse();
  const names = rows.map((d) => d.department);
  return {
    ...base,
    grid: { left: 12, right: 24, top: 12, bottom: 48 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, axisLabel: { width: 140, overflow: 'truncate' } },
    series: statusBars(names, (s, i) => rows[i][s], ['missing', 'late']),
  };
}

/** Counts at each month's end across every policy. */
export function trendChart(view: OverviewView): ChartOption {
  const dates = view.trend.map((p) => p.date);
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    grid: { left: 12, right: 24, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: dates, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: CHART_STATUS_ORDER.map((s) => ({
      type: 'line',
      name: REPORTED_LABEL[s],
      symbolSize: 6,
      itemStyle: { color: STATUS_COLOUR[s] },
      lineStyle: { color: STATUS_COLOUR[s], width: 2 },
      data: view.trend.map((p) => p.counts[s]),
    })),
  };
}
