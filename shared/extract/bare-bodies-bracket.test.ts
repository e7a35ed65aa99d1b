import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { readResponsibility } from './responsibility';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures;

describe('bare-bodies-bracket: a bracket closing a line with nothing but bodies names who answers', () => {
  it('gives the bodies a shared duty', () => {
    const r = readResponsibility('深化交通运输领域信息公开,推动政务服务提质增效。(厅审批办、厅财务处)');
    expect(r.lead).toHaveLength(2);
    expect(r.joint).toBe(true);
  });

  it('reads one body as the lead and a generic actor beside the bodies as generic', () => {
    expect(readResponsibility('推进优化消费环境信息公开。（市交通运输局）').lead).toEqual(['市交通运输局']);
    const [m] = read('一、政策公开', '1.推进优化消费环境信息公开,提振市场信心。(厅规划处、厅运输处、各市交通运输局)', '2.加强政策解读。(厅办公室)');
    expect(m.generic).toEqual(['各市交通运输局']);
    expect(m.lead).toHaveLength(2);
  });
});
