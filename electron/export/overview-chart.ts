// The overview's per-policy status chart as a PNG for the Word report: the chart library draws it to SVG
// without a browser (server-side rendering), resvg turns the SVG into pixels with the machine's fonts
// (Microsoft YaHei / SimSun on Windows, Noto CJK on Linux).
import { Resvg } from '@resvg/resvg-js';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { policyStatusChart, type ChartOption } from '../../shared/portfolio/chart-options';
import type { OverviewView } from '../../shared/portfolio/overview';

// The tooltip draws nothing on paper; it is registered because the options shared with the window name it.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface ChartImageOptions {
  /** CSS pixels; the PNG has `scale` times as many. */
  width?: number;
  height?: number;
  scale?: number;
  /** Font files or folders to read besides the system's (e.g. fonts shipped with the app). */
  fontFiles?: string[];
  fontDirs?: string[];
}

/** An option drawn to an SVG document, with no DOM. */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, backgroundColor: '#ffffff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** An SVG document as PNG bytes. */
export function svgToPng(svg: string, options: ChartImageOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      fontFiles: options.fontFiles ?? [],
      fontDirs: options.fontDirs ?? [],
      // Text whose family the machine lacks falls back to one that has Chinese.
      defaultFontFamily: process.platform === 'win32' ? 'Microsoft YaHei' : 'Noto Sans CJK SC',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The per-policy status chart of the overview (obligations by status, on-time rate) as PNG bytes. */
export async function overviewChartPng(view: OverviewView, options: ChartImageOptions = {}): Promise<Uint8Array> {
  const width = options.width ?? 640;
  // One bar per policy; the title and legend take the rest.
  const height = options.height ?? Math.max(200, 100 + view.policies.length * 44);
  return svgToPng(chartSvg(policyStatusChart(view, { title: '各政策任务落实情况' }), width, height), options);
}
