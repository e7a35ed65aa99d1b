import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} ${m.lead.join('、')}`.trim());

// steps-with-paragraphs: bare headings are the measures, their points its parts, when one heading with no points under it
// gives a named body a duty in its own paragraph.
describe('steps-with-paragraphs: the steps of a procedure are its measures', () => {
  it('reads the headings as the measures', () => {
    const text = [
      '某街道临时停车场用地核查流程',
      '（一）资料审查',
      '申请人提交材料至某街道社区平安办公室后，由平安办牵头核查所涉场地权属。',
      '（二）现场评审',
      '1.由平安办牵头，联合信访办、城运中心实地检查临时停车场地。',
      '2.现场检查后，召开座谈会，形成会议纪要。',
      '（三）出具意见',
      '若以上流程均通过，则由平安办落实用印审批程序。',
    ];
    expect(read(text)).toEqual(['（一） 资料审查 平安办', '（二） 现场评审 平安办', '（三） 出具意见 平安办']);
  });
});
