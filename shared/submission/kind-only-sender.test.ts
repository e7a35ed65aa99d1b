// kind-only-sender: a sender written only as a kind of body with its Party organisation (公司党委召开…整改推进会) is how any
// body of that kind speaks of its own; the report does not say which, so it names no sender. Adapted from the real report
// of __fixtures__/real (company-audit-rectification-meeting). Negative cases in kind-only-sender.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { isKindOnlySender } from './kind-only-sender';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('kind-only-sender: a kind of body with its Party organisation alone', () => {
  it.each(['公司党委', '院党委', '局党组', '学校党委', '集团公司党委', '本公司党委', '镇党委'])('%s', (name) => {
    expect(isKindOnlySender(name)).toBe(true);
  });

  it('a company’s news item naming itself only as 公司 names no sender', () => {
    const text = '3月14日,公司党委召开第二次审计厅经责审计反馈问题整改推进会。公司党委委员、纪委书记王鹏出席会议并讲话。\n会上,各牵头部门逐一汇报了整改进展情况。';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.departments).toEqual([]);
    expect(found.warnings).toContain('未能识别报送单位');
  });
});
