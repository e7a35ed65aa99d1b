import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const labels = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// repeated-fields, where it must not fire: headings over points that are tasks of their own (each a sentence with its
// duty), and points that are sentences rather than labels, even the same under each heading.
describe('repeated-fields: negative cases', () => {
  it('keeps points that are tasks under their headings', () => {
    const text = [
      '某区实施方案',
      '一、重点任务',
      '（一）优化营商环境',
      '1.推进审批改革。由区发改委负责。',
      '2.加强信用建设。由区市场监管局负责。',
      '（二）扩大有效投资',
      '1.推进项目建设。由区发改委负责。',
      '2.加强要素保障。由区财政局负责。',
    ];
    expect(labels(text)).toEqual(['一、（一）1.', '一、（一）2.', '一、（二）1.', '一、（二）2.']);
  });

  it('keeps points that are sentences, the same under each heading', () => {
    const text = [
      '某镇实施意见',
      '一、工作任务',
      '（一）加强排查',
      '1.镇城运中心负责开通账号。',
      '2.镇房管所负责汇总台账。',
      '（二）推进整治',
      '1.镇城运中心负责开通账号。',
      '2.镇房管所负责汇总台账。',
    ];
    expect(labels(text)).toEqual(['一、（一）1.', '一、（一）2.', '一、（二）1.', '一、（二）2.']);
  });
});
