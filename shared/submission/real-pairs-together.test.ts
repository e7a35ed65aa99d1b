// The real pairs' policies in one workspace, as an office holding several policies has them, and then all their
// reports: each report must land on its own policy or on none, never on another pair's. Placed by the rules of
// shared/portfolio/attribution.ts with no choice of the office's. Two policies of one place and subject in different
// years (六安 2021 and 2022) and three 重点工作 divisions of 2021 (赤壁, 六安, 绍兴) stand side by side here.
// Placed: three by their titles (title-echo: 赤壁's bulletin, 平湖's three quarters, 谯城's bureau table), four by
// their content (六安 2022, 绍兴's three); left to the office: 六安's 2021 bulletin (its title names the year's 重点工作
// but no place, and three policies of 2021 have that subject), the two development and reform commissions' accounts
// of the plan (their titles name the plan, not the division) and 谯城's indicator table (no title). Before title-echo,
// 六安's 2021 bulletin went to the 2022 division, whose 市政府办 its sender is. With 芜湖's 2025 division beside them,
// 谯城's indicator table went to it by content (its rows' 地区生产总值增长… and 固定资产投资增长… share 芜湖's words, and
// its 节能能耗指标…下达任务 芜湖's 能耗…省下达指标); it quotes two of 谯城's targets whole, figures and all, and none of
// 芜湖's, so quoted-target weighs it against 谯城's alone, where it lands. 芜湖's first-quarter table lands on its own by
// content: nine placed of twelve. 六安's 2021 bulletin then lands on its own by title-echo too, the 赤壁 and 绍兴
// divisions being ruled out by own-place (its rows name 人行六安市中心支行, and neither of those cities): ten of twelve.
// 芜湖's 2021 division and the city government's account of that year to the congress add a thirteenth report, left to
// the office (its title names the year's report, not the division, and 芜湖's 2025 division stands beside it): ten of
// thirteen, none on another pair's policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/services/workspace';

const root = join(__dirname, '__fixtures__', 'real-pairs');
const pairs = readdirSync(root).sort();
/** How many of the pairs' reports are placed on their policy by what they show; the rest wait for the office. */
const MIN_PLACED = 10;

describe('the real pairs in one workspace', () => {
  let dir: string;
  let ws: ReturnType<typeof openWorkspace>;
  /** Each pair's policy id, by the pair's name. */
  const policyOf = new Map<string, number>();
  /** Each report's pair, by its file name. */
  const pairOf = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-pairs-together-'));
    ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2099-01-01' });
    for (const pair of pairs) {
      const batch = await ws.importFiles([join(root, pair, 'policy.txt')], 'policy');
      expect(batch.failed).toBe(0);
      policyOf.set(pair, batch.results[0].documentId!);
    }
    const reports = pairs.flatMap((pair) => readdirSync(join(root, pair, 'reports')).map((f) => ({ pair, file: join(root, pair, 'reports', f), name: f })));
    for (const r of reports) pairOf.set(r.name, r.pair);
    const batch = await ws.importFiles(reports.map((r) => r.file), 'submission');
    expect(batch.failed).toBe(0);
  }, 240_000);
  afterAll(() => {
    ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const placements = () =>
    ws
      .listDocuments()
      .filter((d) => d.role === 'submission')
      .map((d) => ({ file: d.fileName, own: policyOf.get(pairOf.get(d.fileName)!)!, placed: (d.policies ?? []).map((p) => p.policy) }));

  it('places no report on another pair’s policy', () => {
    const wrong = placements().filter((p) => p.placed.some((id) => id !== p.own));
    expect(wrong).toEqual([]);
  });

  it(`places at least ${MIN_PLACED} of the reports on their own policy`, () => {
    const placed = placements().filter((p) => p.placed.includes(p.own));
    expect(placed.length).toBeGreaterThanOrEqual(MIN_PLACED);
  });
});
