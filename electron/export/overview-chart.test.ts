// The overview chart drawn without a browser into a PNG for the Word report: real chart library, real
// rasteriser, the machine's Chinese fonts.
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { buildOverview } from '../../shared/portfolio/overview';
import type { PolicyCompliance } from '../../shared/portfolio/types';
import type { Obligation } from '../../shared/types';
import { chartSvg, overviewChartPng } from './overview-chart';
import { policyStatusChart } from '../../shared/portfolio/chart-options';

const AS_OF = '2022-01-31';

function ob(measure: number, status: Obligation['status']): Obligation {
  return { measure, department: '区财政局', role: 'lead', due: '2021-12-31', dueSource: 'deadline', status, respondedOn: status === 'on_time' ? '2021-12-01' : null, evidence: [] };
}

function policy(id: number, label: string, statuses: Obligation['status'][]): PolicyCompliance {
  return {
    policy: { id, title: label, docNumber: label, issuer: null, issuedOn: null, label },
    result: { asOf: AS_OF, reportDeadline: '2022-12-31', obligations: statuses.map((s, i) => ob(i + 1, s)), notes: { offDuty: [], unobliged: [], beforeIssue: [] } },
  };
}

const view = buildOverview({
  asOf: AS_OF,
  portfolio: [
    policy(1, '市中政办发〔2021〕14号', ['on_time', 'on_time', 'late', 'missing', 'pending']),
    policy(2, '区政办发〔2022〕3号', ['missing', 'missing', 'on_time']),
  ],
});

/** RGB of a pixel. */
function rgb(png: PNG, x: number, y: number): [number, number, number] {
  const i = (png.width * y + x) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

describe('overviewChartPng', () => {
  it('draws the per-policy chart as SVG with the labels and rate in Chinese', () => {
    const svg = chartSvg(policyStatusChart(view, { title: '各政策任务落实情况' }), 640, 200);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['各政策任务落实情况', '市中政办发〔2021〕14号', '按时率 50.0%', '未报送', '逾期报送', '按时报送', '未到期']) expect(svg).toContain(text);
  });

  it('renders a PNG of the expected size with the status colours and dark text on white', async () => {
    const png = PNG.sync.read(Buffer.from(await overviewChartPng(view, { width: 640, height: 220, scale: 2 })));
    expect([png.width, png.height]).toEqual([1280, 440]);
    const seen = { missing: 0, onTime: 0, ink: 0, white: 0 };
    for (let y = 0; y < png.height; y += 2) {
      for (let x = 0; x < png.width; x += 2) {
        const [r, g, b] = rgb(png, x, y);
        if (r === 255 && g === 255 && b === 255) seen.white++;
        else if (Math.abs(r - 0xb4) < 6 && Math.abs(g - 0x23) < 6 && Math.abs(b - 0x18) < 6) seen.missing++;
        else if (Math.abs(r - 0x1b) < 6 && Math.abs(g - 0x7a) < 6 && Math.abs(b - 0x43) < 6) seen.onTime++;
        else if (r < 80 && g < 80 && b < 80) seen.ink++;
      }
    }
    // Both policies' bars, text drawn (glyphs found in a font), and mostly white paper.
    expect(seen.missing).toBeGreaterThan(500);
    expect(seen.onTime).toBeGreaterThan(500);
    expect(seen.ink).toBeGreaterThan(300);
    expect(seen.white).toBeGreaterThan((png.width * png.height) / 8);
  });
});
