import { describe, expect, it } from 'vitest';
import { officeOfTitle } from './office-item';

describe('office-item: negative cases (titles that say what to do, or name no office)', () => {
  it.each([
    '加强统筹协调',
    '完善工作机制',
    '逐级责任落地、任务落地',
    '高风险类',
    '资金保障',
    '宣传引导',
    '强化督查考核，确保落实',
    '年内持续推进',
  ])('%s', (title) => {
    expect(officeOfTitle(title)).toBeNull();
  });
});
