import { describe, expect, it } from 'vitest';
import { splitTitleAddressee } from './title-addressee';
import { policyLines } from './policy-lines';

describe('splitTitleAddressee', () => {
  it('splits a title that ran into the addressee line', () => {
    expect(splitTitleAddressee('关于促进民营经济高质量发展的若干措施各区县人民政府，市政府各部门、各直属机构：')).toEqual([
      '关于促进民营经济高质量发展的若干措施',
      '各区县人民政府，市政府各部门、各直属机构：',
    ]);
    expect(splitTitleAddressee('关于印发《优化营商环境工作方案》的通知县政府各部门：')).toEqual(['关于印发《优化营商环境工作方案》的通知', '县政府各部门：']);
  });

  it('keeps the 通知 of a notice that forwards a 办法', () => {
    expect(splitTitleAddressee('关于印发《中介服务管理办法（试行）》的通知各乡镇人民政府：')?.[0]).toBe('关于印发《中介服务管理办法（试行）》的通知');
  });

  it('leaves alone an addressee, a sentence and a title on their own', () => {
    expect(splitTitleAddressee('各区县人民政府，市政府各部门：')).toBeNull();
    expect(splitTitleAddressee('关于促进民营经济高质量发展的若干措施')).toBeNull();
    expect(splitTitleAddressee('根据市政府关于促进民营经济的意见，现将有关事项通知如下：')).toBeNull();
    expect(splitTitleAddressee('关于做好2024年工作的通知。各单位：')).toBeNull();
  });

  it('gives the policy reader two lines from the header paragraph', () => {
    const lines = policyLines([
      { index: 0, text: '江川市人民政府' },
      { index: 1, text: '关于促进民营经济高质量发展的若干措施各区县人民政府，市政府各部门：' },
    ]);
    expect(lines.map((l) => [l.para, l.text])).toEqual([
      [0, '江川市人民政府'],
      [1, '关于促进民营经济高质量发展的若干措施'],
      [1, '各区县人民政府，市政府各部门：'],
    ]);
  });
});
