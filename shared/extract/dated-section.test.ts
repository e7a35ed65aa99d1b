import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// dated-section: a section numbering no items whose paragraph closes on the day its work is due is a measure of its
// own, beside the sections over numbered points.
const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

describe('dated-section: an unnumbered section with its own due day', () => {
  it('reads the section as one measure, with its date, before the points of the next sections', () => {
    // 国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知 (国办发〔2018〕127号), shortened
    const measures = read([
      '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知',
      '二、制定政策落实的配套制度和具体实施办法',
      '各地区、各部门和各单位都要制定具体的实施办法，对现行管理办法进行修订。以上工作要在2019年2月底前完成。',
      '三、深入推进下放科技管理权限工作',
      '（一）推动预算调剂和仪器采购管理权落实到位。科技部、财政部要修订相关科技计划项目和经费管理办法。',
      '（二）推动项目过程管理权落实到位。各项目管理部门要加强对科研项目结果的考核。',
    ]);
    expect(measures.map((m) => [m.label, m.title, m.deadlines.map((d) => d.date)])).toEqual([
      ['二、', '制定政策落实的配套制度和具体实施办法', ['2019-02-28']],
      ['（一）', '推动预算调剂和仪器采购管理权落实到位', []],
      ['（二）', '推动项目过程管理权落实到位', []],
    ]);
  });

  it('reads it where the paragraph runs on from the heading, as in a copy that lost its breaks', () => {
    const measures = read([
      '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知',
      '二、制定政策落实的配套制度和具体实施办法对现行的科研项目管理办法进行修订。以上工作要在2019年2月底前完成。',
      '三、深入推进下放科技管理权限工作',
      '（一）推动预算调剂和仪器采购管理权落实到位。科技部、财政部要修订相关科技计划项目和经费管理办法。',
      '（二）推动项目过程管理权落实到位。各项目管理部门要加强对科研项目结果的考核。',
    ]);
    expect(measures.map((m) => [m.label, m.deadlines.map((d) => d.date)])).toEqual([
      ['二、', ['2019-02-28']],
      ['（一）', []],
      ['（二）', []],
    ]);
  });
});
