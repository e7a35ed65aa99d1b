import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const labels = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

const procedures = (second: string[]) => [
  '某镇小型建设工程管理的实施意见',
  '一、工作流程',
  '1.建设单位向镇规建办申报项目。',
  '2.镇规建办发放施工许可证。',
  '二、具体操作规程',
  '（一）项目申报操作规程',
  '1.适用范围',
  '总投资在100万元以下的项目。',
  '2.申报主体',
  '项目的建设单位。',
  '3.操作流程',
  '建设单位提交相关资料至镇规建办审核。',
  '（二）施工许可操作规程',
  ...second,
  '三、职责分工',
  '1.镇规建办负责工程的巡查和备案。',
  '2.镇安监所负责工程的安全监管。',
];

// repeated-fields: coarser items each over points titled with the same short labels (适用范围, 申报主体, 操作流程) are the
// measures; the points are their fields (七宝镇限额以下小型建设工程管理的实施意见, 2020, 四、).
describe('repeated-fields: procedures over the same fields are the measures', () => {
  it('reads each procedure as one measure', () => {
    const second = ['1.适用范围', '总投资在30万元至100万元的项目。', '2.申报主体', '项目的建设单位。', '3.操作流程', '申报单位至镇规建办提交资料。'];
    expect(labels(procedures(second))).toEqual(['一、1.', '一、2.', '二、（一）', '二、（二）', '三、1.', '三、2.']);
  });

  it('reads them so when a field runs its text on after its label, as a copy without breaks gives it', () => {
    const second = ['1.适用范围', '总投资在30万元至100万元的项目。', '2.申报主体', '项目的建设单位。', '3.操作流程申报单位至镇规建办提交资料。'];
    expect(labels(procedures(second))).toEqual(['一、1.', '一、2.', '二、（一）', '二、（二）', '三、1.', '三、2.']);
  });
});
