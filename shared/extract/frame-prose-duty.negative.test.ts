import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// frame-prose-duty, negative: where the policy writes its duties in brackets, a 保障措施 section whose prose names a body
// still frames the tasks; a frame section whose prose names no body frames them in a prose-only policy too.
describe('frame-prose-duty: negative cases', () => {
  it('drops a 保障措施 section naming bodies only in prose when the tasks carry brackets', () => {
    const text = [
      '某市实施方案',
      '一、重点任务',
      '（一）完善机制。建立工作机制。（市发展改革委负责）',
      '（二）强化监管。加强日常监管。（市市场监管局负责）',
      '二、保障措施',
      '（一）加强组织领导。市发展改革委要加强统筹协调。',
    ];
    expect(read(text)).toEqual(['一、（一）', '一、（二）']);
  });

  it('drops a prose-only 组织实施 section that names no body', () => {
    const text = [
      '某管委会实施方案',
      '一、职责分工',
      '（一）建设和交通管理处。负责区域内设计质量管控的综合协调。',
      '（二）规划和自然资源处。负责区域内规划设计管控。',
      '二、组织实施',
      '（一）加强宣传培训。定期组织开展宣贯培训。',
      '（二）加强督促检查。各单位要及时整改。',
    ];
    expect(read(text)).toEqual(['一、（一）', '一、（二）']);
  });
});
