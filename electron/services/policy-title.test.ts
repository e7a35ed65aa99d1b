// The office writes a policy's title where the copy has none (a real 海城市 division whose copy opens at its
// addressees, read as 未命名政策): the title names the policy in the list, the journal keeps the change and undoes it,
// and a report that cites the policy by that title is placed on it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const untitled = join(__dirname, '..', '..', 'shared', 'extract', '__fixtures__', 'real', 'county-city-work-report-leader-lead-lines.txt');
const TITLE = '海城市人民政府关于印发海城市关于贯彻落实2023年政府工作报告任务分解和责任分工方案的通知';
// A report that names the policy by its title only: no document number, no measure it could be weighed on.
const REPORT = ['海城市统计局关于贯彻落实《海城市关于贯彻落实2023年政府工作报告任务分解和责任分工方案》情况的报告', '市政府：', '现将我局有关工作情况报告如下。', '海城市统计局', '2023年7月3日'].join('\n');

describe('the office’s title for a policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-policy-title-'));
  const ws = openWorkspace(join(dir, 'ws.sqlite'), { today: () => '2023-08-01', user: 'test' });
  let haicheng = 0;
  let report = 0;
  beforeAll(async () => {
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    haicheng = (await ws.importFiles([untitled], 'policy')).results[0].documentId!;
    writeFileSync(join(dir, '统计局报告.txt'), REPORT);
    report = (await ws.importFiles([join(dir, '统计局报告.txt')], 'submission')).results[0].documentId!;
  }, 120_000);
  afterAll(() => {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const label = () => ws.info().policies.find((p) => p.id === haicheng)!.label;
  const placedOn = () => (ws.getDocument(report)!.policies ?? []).map((p) => [p.policy, p.basis]);

  it('names the policy with the title written, journals it, places the report citing it, and undoes it', () => {
    expect(label()).toBe('未命名政策');
    expect(placedOn()).not.toContainEqual([haicheng, 'title']);

    ws.call('policy/update-meta', { policy: haicheng, title: TITLE });
    expect(ws.call('policy/get', { policy: haicheng })!.extract.title).toBe(TITLE);
    expect(label()).not.toBe('未命名政策');
    expect(ws.call('journal/list', undefined)[0].summary).toContain(`标题 （无） → ${TITLE}`);
    expect(placedOn()).toContainEqual([haicheng, 'title']);

    ws.call('journal/undo', undefined);
    expect(label()).toBe('未命名政策');
    expect(placedOn()).not.toContainEqual([haicheng, 'title']);
  });

  it('refuses an empty title', () => {
    expect(() => ws.call('policy/update-meta', { policy: haicheng, title: '  ' })).toThrow();
  });
});
