import { describe, expect, it } from 'vitest';
import { officeOfTitle } from './office-item';
import { extractPolicy } from './policy';
import { definedShortNames } from './short-names';

// short-name: 「A（以下简称B）」 makes B the body A wherever it is given a duty after.
describe('short-name: a short name the policy defines is the body it stands for', () => {
  it('reads the short names a text defines, the second name kept', () => {
    const names = definedShortNames('（三）城市建设交通运输事务中心（建设工程质量安全监督站）（以下简称建交中心）。负责…；由市住房城乡建设管理委（以下简称“市住建委”）会同…');
    expect([...names.entries()]).toEqual([
      ['建交中心', '城市建设交通运输事务中心（建设工程质量安全监督站）'],
      ['市住建委', '市住房城乡建设管理委'],
    ]);
  });

  it('reads the name after the word it follows in a clause', () => {
    const names = definedShortNames('申请人提交材料至洋泾街道社区平安办公室（以下简称“平安办”）后，由平安办牵头核查。');
    expect([...names.entries()]).toEqual([['平安办', '洋泾街道社区平安办公室']]);
  });

  it('reads an office item whose title defines the short name', () => {
    expect(officeOfTitle('城市建设交通运输事务中心（建设工程质量安全监督站）（以下简称建交中心）')).toEqual({ lead: '城市建设交通运输事务中心（建设工程质量安全监督站）' });
  });

  it('gives the short name\'s duty to the body', () => {
    const ex = extractPolicy({
      paragraphs: [
        '某管委会实施方案',
        '一、职责分工',
        '（一）规划和自然资源处。负责区域内规划设计管控。',
        '（二）城市建设交通运输事务中心（建设工程质量安全监督站）（以下简称建交中心）。负责区域内工程质量的监督管理。',
        '二、管控要点',
        '（一）加强问题治理。建交中心要加强日常检查指导。',
      ].map((text, index) => ({ index, text })),
    });
    expect(ex.measures.map((m) => m.lead)).toEqual([['规划和自然资源处'], ['城市建设交通运输事务中心（建设工程质量安全监督站）'], ['城市建设交通运输事务中心（建设工程质量安全监督站）']]);
  });
});
