// Negative cases of kind-only-sender (see kind-only-sender.test.ts): a body's own name before its kind, or a place's level
// before it, names one body, which stays a sender.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { isKindOnlySender } from './kind-only-sender';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('kind-only-sender: negative cases', () => {
  it.each(['城投公司党委', '总院公司党委', '中共徐庄镇委员会', '县卫生健康局党组', '市委督查室', '区政府督查室', '公司', '太和县人民医院党委'])('%s', (name) => {
    expect(isKindOnlySender(name)).toBe(false);
  });

  it('a company that names itself holding its own briefing stays the sender', () => {
    const text = '3月14日,城投公司党委召开巡察整改情况通报会。公司党委书记出席会议并讲话。';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['城投公司党委']);
  });
});
