// The chart library in the window: only the parts the overview draws, as SVG so charts print sharp.
// Views never import the library; they hand an option (shared/portfolio/chart-options.ts) to mountChart.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../shared/portfolio/chart-options';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface MountedChart {
  update(option: ChartOption): void;
  dispose(): void;
}

/** Draws into an element and follows its size (window resizes, the print layout). */
export function mountChart(el: HTMLElement, option: ChartOption): MountedChart {
  const chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption(option);
  const resize = () => chart.resize();
  const observer = new ResizeObserver(resize);
  observer.observe(el);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  return {
    update: (next) => chart.setOption(next, { notMerge: true }),
    dispose: () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.dispose();
    },
  };
}
