// Links that rest on resemblance are suggestions unless the report shows it is about the policy.
import { describe, expect, it } from 'vitest';
import { reportInput } from './__fixtures__/report-input';
import { seedDirectory, seedLinking } from './__fixtures__/seed';
import { analyzeSubmission } from './analyze-submission';

// A bureau's report on the rule of law: one sentence shares the title of the seed's measure 27 (规范执法行为).
const ruleOfLaw = [
  '区应急管理局2022年法治政府建设情况报告',
  '2022年，我局坚持以习近平法治思想为统揽，全面推进依法行政。',
  '通过举办执法业务培训、加强督导检查等方式，规范执法行为，夯实法治建设工作基础。',
  '区应急管理局',
  '2023年3月20日',
];

const analyze = (lines: string[]) => analyzeSubmission(reportInput('r.txt', lines.join('\n')), seedLinking, seedDirectory);

describe('resemblance alone is a suggestion', () => {
  it('a report on another policy that shares one title phrase suggests the measure and answers nothing', () => {
    const a = analyze(ruleOfLaw);
    expect(a.links.map((l) => [l.measure, l.how, l.strength])).toEqual([[27, 'title', 'suggestion']]);
    expect(a.measures).toEqual([]);
    expect(a.warnings).toContain('与第27条措施仅内容相近，报告未引用本政策或措施，列为建议关联，不计入落实情况');
  });

  it('the same report citing the policy’s number answers the measure', () => {
    const cited = [...ruleOfLaw];
    cited[1] = '按照市中政办发〔2021〕14号文件要求，2022年我局全面推进依法行政。';
    const a = analyze(cited);
    expect(a.links.map((l) => [l.measure, l.strength])).toEqual([[27, 'counted']]);
    expect(a.measures).toEqual([27]);
    expect(a.warnings.filter((w) => w.includes('建议关联'))).toEqual([]);
  });

  it('a reference to the measure’s number is counted without any citation', () => {
    const referenced = [...ruleOfLaw];
    referenced[2] = '关于第27条，我局通过举办执法业务培训，规范执法行为。';
    expect(analyze(referenced).measures).toEqual([27]);
  });
});
