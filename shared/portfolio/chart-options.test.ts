import { describe, expect, it } from 'vitest';
import { departmentRankingChart, policyStatusChart, rateText, STATUS_COLOUR, trendChart } from './chart-options';
import type { DepartmentStanding, OverviewView, PolicyFigures } from './overview';

function figures(id: number, label: string, counts: PolicyFigures['counts'], onTimeRate: number | null): PolicyFigures {
  const due = counts.on_time + counts.late + counts.missing;
  return { policy: { id, title: label, docNumber: null, issuer: null, issuedOn: null, label }, counts, counted: due + counts.pending, due, onTimeRate, decisions: { closed: 0, extended: 0, exempt: 0, returned: 0 }, exempt: 0 };
}

function standing(department: string, missing: number, late: number): DepartmentStanding {
  return { department, total: missing + late + 1, on_time: 1, late, missing, pending: 0, outstanding: missing + late, policies: 1 };
}

const view: OverviewView = {
  asOf: '2022-01-31',
  policies: [figures(1, 'P1', { on_time: 2, late: 1, missing: 1, pending: 3 }, 0.5), figures(2, 'P2', { on_time: 0, late: 0, missing: 0, pending: 4 }, null)],
  totals: { counts: { on_time: 2, late: 1, missing: 1, pending: 7 }, counted: 11, due: 4, onTimeRate: 0.5 },
  within7: [],
  within30: [],
  departments: [standing('甲局', 3, 0), standing('乙局', 1, 2), standing('丙局', 0, 0)],
  trend: [
    { date: '2021-12-31', counts: { on_time: 1, late: 0, missing: 2, pending: 8 } },
    { date: '2022-01-31', counts: { on_time: 2, late: 1, missing: 1, pending: 7 } },
  ],
};

type Series = { name: string; data: number[]; itemStyle: { color: string } };
const seriesOf = (option: ReturnType<typeof policyStatusChart>) => option.series as Series[];

describe('chart options', () => {
  it.each([
    [0.5, '50.0%'],
    [2 / 3, '66.7%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [null, '—'],
  ])('writes the on-time rate %s as %s', (rate, text) => {
    expect(rateText({ onTimeRate: rate })).toBe(text);
  });

  it('stacks each policy’s statuses in the matrix colours, first policy on top, the rate beside its name', () => {
    const option = policyStatusChart(view, { title: '各政策任务落实情况' });
    expect((option.yAxis as { data: string[] }).data).toEqual(['P2\n按时率 —', 'P1\n按时率 50.0%']);
    expect(seriesOf(option).map((s) => [s.name, s.data, s.itemStyle.color])).toEqual([
      ['未报送', [0, 1], STATUS_COLOUR.missing],
      ['逾期报送', [0, 1], STATUS_COLOUR.late],
      ['按时报送', [0, 2], STATUS_COLOUR.on_time],
      ['未到期', [4, 3], STATUS_COLOUR.pending],
    ]);
    expect(option.animation).toBe(false);
    expect(option.title).toMatchObject({ text: '各政策任务落实情况' });
    expect(policyStatusChart(view).title).toBeUndefined();
  });

  it('ranks only departments with something missing or late, at most `top`, the worst on top', () => {
    const option = departmentRankingChart(view, 1);
    expect((option.yAxis as { data: string[] }).data).toEqual(['甲局']);
    const all = departmentRankingChart(view);
    expect((all.yAxis as { data: string[] }).data).toEqual(['乙局', '甲局']);
    expect(seriesOf(all).map((s) => [s.name, s.data])).toEqual([
      ['未报送', [1, 3]],
      ['逾期报送', [2, 0]],
    ]);
  });

  it('draws one line per status over the month ends', () => {
    const option = trendChart(view);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2021-12-31', '2022-01-31']);
    expect(seriesOf(option).find((s) => s.name === '未报送')!.data).toEqual([2, 1]);
  });
});
