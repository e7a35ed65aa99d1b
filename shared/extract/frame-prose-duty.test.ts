import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.lead.join('、')}`.trim());

// frame-prose-duty: a policy writing its duties only in its prose keeps the items of a 组织实施 or 实施步骤 section whose
// prose makes a named body the subject of a duty; they are tasks.
describe('frame-prose-duty: prose duties in a frame section make tasks where the policy writes no bracket', () => {
  it('keeps a 组织实施 section whose item gives a named office a duty in its prose', () => {
    const text = [
      '某管委会实施方案',
      '一、职责分工',
      '（一）建设和交通管理处。负责区域内设计质量管控的综合协调。',
      '（二）规划和自然资源处。负责区域内规划设计管控。',
      '二、组织实施',
      '（一）加强创优评先。落实创优考核制度，对于未落实管控措施的责任单位，建交中心应责令整改。',
      '（二）加强宣传培训。定期组织开展宣贯培训。',
    ];
    expect(read(text)).toEqual(['一、（一） 建设和交通管理处', '一、（二） 规划和自然资源处', '二、（一） 建交中心', '二、（二）']);
  });
});
