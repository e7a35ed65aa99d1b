// held-meeting: a body holding a meeting (李家镇人大召开政府半年工作通报会) is a news item's title, and a meeting
// (通报会, 报告会, 汇报会, 部署会, 总结会) is no body, though it ends on 会 as a body's name may (department-names.ts,
// looksLikeDepartment). Lines adapted from the real report of __fixtures__/real (lijia-town-halfyear).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { looksLikeDepartment } from './department-names';
import { detectDepartments } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('held-meeting', () => {
  it.each([
    ['a town’s congress holding the government’s briefing', '李家镇人大召开政府半年工作通报会'],
    ['a meeting named alone', '政府经济社会发展情况报告会'],
    ['a bureau’s summary meeting', '县审计局半年工作总结会'],
    ['a deployment meeting', '巡察整改工作部署会'],
  ])('%s is no body', (_what, name) => expect(looksLikeDepartment(name)).toBe(false));

  it('does not take the title above a posting stamp for its issuer', () => {
    const text = ['李家镇人大召开政府半年工作通报会', '2014-08-01 13:52', '7月29日上午,李家镇人大组织人大代表和主席团成员召开了政府半年工作通报会。'].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).not.toContain('李家镇人大召开政府半年工作通报会');
  });
});
