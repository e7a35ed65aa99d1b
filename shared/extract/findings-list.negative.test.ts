import { describe, expect, it } from 'vitest';
import { isCoverRequirementList } from './cover-requirements';

// findings-list, where it must not fire: a notice issuing a plan, a task list or a list of rectification tasks (整改
// 任务清单, 整改方案) issues the tasks themselves, and its own numbered items say how they are carried out; a 问题清单
// named only in the prose, not issued, changes nothing.
describe('findings-list: negative cases', () => {
  it.each([
    '现将《巡察反馈问题整改任务清单》印发给你们，请认真抓好落实。',
    '现将《审计发现问题整改方案》印发给你们，并就有关事项通知如下：',
    '《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。',
    '对照问题清单逐项整改，现将《整改工作方案》印发给你们，请结合实际认真贯彻落实。',
  ])('%s', (line) => {
    expect(isCoverRequirementList(line, false)).toBe(true);
  });
});
