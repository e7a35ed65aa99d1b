import { describe, expect, it } from 'vitest';
import { exportFileName, policyFilePart } from './file-names';

describe('exportFileName', () => {
  it('names the policy by its document number when it has one', () => {
    expect(exportFileName('督查报告', { docNumber: '粤府〔2021〕22号', title: '广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知' }, '2021-12-20', 'docx')).toBe(
      '督查报告-粤府〔2021〕22号-2021-12-20.docx',
    );
  });

  it('names it by its title without the frame of a notice when it has no number', () => {
    expect(exportFileName('落实情况', { docNumber: null, title: '六安市人民政府关于印发2022年重点工作及责任清单的通知' }, '2022-06-30', 'xlsx')).toBe(
      '落实情况-2022年重点工作及责任清单-2022-06-30.xlsx',
    );
  });

  it('keeps two policies of one day apart', () => {
    const a = exportFileName('督查报告', { docNumber: null, title: '关于2021年重点工作及责任分解的通知' }, '2021-12-20', 'docx');
    const b = exportFileName('督查报告', { docNumber: null, title: '关于印发2022年重点工作及责任清单的通知' }, '2021-12-20', 'docx');
    expect(a).not.toBe(b);
  });

  it('leaves the policy out of an export across all policies', () => {
    expect(exportFileName('督查通报', null, '2021-12-20', 'docx')).toBe('督查通报-2021-12-20.docx');
    expect(exportFileName('催办通知', null, '2021-12-20', '')).toBe('催办通知-2021-12-20');
  });

  it('leaves out a policy that has neither a number nor a title', () => {
    expect(exportFileName('落实情况', { docNumber: null, title: '' }, '2024-11-01', 'xlsx')).toBe('落实情况-2024-11-01.xlsx');
  });
});

describe('policyFilePart', () => {
  it('cuts a long title to 30 characters, with no ellipsis', () => {
    const part = policyFilePart({ docNumber: null, title: '平湖市人民政府办公室关于印发2024年政府工作报告重点工作和政府重点民生实事项目责任分解的通知' });
    expect(Array.from(part)).toHaveLength(30);
    expect(part.startsWith('2024年政府工作报告重点工作和政府重点民生实事')).toBe(true);
    expect(part).not.toContain('…');
  });

  it('turns what Windows refuses in a file name into _', () => {
    expect(policyFilePart({ docNumber: '某府办发/2021:3号', title: 'x' })).toBe('某府办发_2021_3号');
  });
});
