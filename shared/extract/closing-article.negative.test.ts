import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.text}`);

// closing-article, negative: a last item with text of its own keeps it, the closing sentence after it cut as before.
describe('closing-article: negative cases', () => {
  it('cuts the closing sentence after a last item\'s own text', () => {
    const text = ['某县若干措施', '一、加大信贷支持。金融机构要加大信贷投放。（责任单位：县金融办）', '二、优化审批服务。压缩审批时限。（责任单位：县行政审批局）', '本措施自印发之日起施行。'];
    expect(read(text)).toEqual(['一、 加大信贷支持。金融机构要加大信贷投放。（责任单位：县金融办）', '二、 优化审批服务。压缩审批时限。（责任单位：县行政审批局）']);
  });
});
