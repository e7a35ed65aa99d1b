import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

describe('section-own-level: negative cases (finer items stay inside their measure)', () => {
  it('keeps 1. 2. under a （一） as its points', () => {
    const text = [
      '某区推进工作实施方案',
      '一、主要任务',
      '（一）完善机制。（区发展改革局负责）',
      '1.建立联席会议制度。',
      '2.建立信息通报制度。',
      '（二）强化保障。（区财政局负责）',
    ];
    expect(read(text)).toEqual(['（一） 完善机制', '（二） 强化保障']);
  });

  it('does not read a section with one finer item alone, nor one of mixed finer levels', () => {
    const text = [
      '某区推进工作实施方案',
      '一、主要任务',
      '（一）完善机制。区发展改革局负责建立工作机制。',
      '（二）强化保障。区财政局负责统筹资金。',
      '二、组织实施',
      '1.加强领导。各部门要高度重视。',
    ];
    expect(read(text)).toEqual(['（一） 完善机制', '（二） 强化保障']);
  });
});
