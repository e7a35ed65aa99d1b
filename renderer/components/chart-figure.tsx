// A chart with its numbers beside it: the table is what screen readers, print and copy-paste use.
import { useEffect, useRef, type ReactNode } from 'react';
import type { ChartOption } from '../../shared/portfolio/chart-options';
import { mountChart, type MountedChart } from '../lib/charts';

export function ChartFigure({ option, label, height, table, testId }: { option: ChartOption; label: string; height: number; table: ReactNode; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<MountedChart | null>(null);
  useEffect(() => {
    if (!box.current) return;
    chart.current = mountChart(box.current, option);
    return () => {
      chart.current?.dispose();
      chart.current = null;
    };
    // Mounted once; later options go through update below.
  }, []);
  useEffect(() => chart.current?.update(option), [option]);
  return (
    <figure className="chart-figure" data-testid={testId}>
      {/* The picture repeats the table; assistive technology reads the table. */}
      <div className="chart-box" ref={box} style={{ height }} role="img" aria-label={label} />
      <div className="chart-table">{table}</div>
    </figure>
  );
}
