import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_CHARS, safeFileName, safeFileStem } from './file-name';

describe('safeFileName', () => {
  it.each([
    ['区住建局/区城管局.docx', '区城管局.docx'],
    ['某某中心:筹*?.docx', '某某中心_筹__.docx'],
    ['C:\\Users\\x\\报告.pdf', '报告.pdf'],
    ['报告.docx. . ', '报告.docx'],
    ['  报告  .txt', '报告.txt'],
    ['..hidden.txt', 'hidden.txt'],
    ['a\u0000b\u001fc.txt', 'a_b_c.txt'],
    ['evil\u202Efdp.txt', 'evil_fdp.txt'],
    ['a\uFFFEb.txt', 'a_b.txt'],
  ])('%j becomes %j', (raw, expected) => {
    expect(safeFileName(raw)).toBe(expected);
  });

  it.each(['CON', 'con.txt', 'NUL.docx', 'nul', 'Aux.pdf', 'PRN', 'COM1.txt', 'lpt9', 'COM¹.txt'])('never names a device: %s', (raw) => {
    const name = safeFileName(raw);
    expect(name.startsWith('_')).toBe(true);
    expect(name.slice(1).toLowerCase()).toBe(raw.toLowerCase());
  });

  it.each(['CONSOLE.txt', 'NULL.docx', 'COM10.txt', '会议CON.txt'])('leaves names that only start like a device: %s', (raw) => {
    expect(safeFileName(raw)).toBe(raw);
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName(' . ')).toBe('未命名文件');
    expect(safeFileName('. . /', '未命名单位')).toBe('未命名单位');
  });

  it('caps long names, keeps the extension and tells long names apart', () => {
    const a = safeFileName('部'.repeat(2000) + '甲.docx');
    const b = safeFileName('部'.repeat(2000) + '乙.docx');
    expect(Array.from(a).length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARS);
    expect(a.endsWith('.docx')).toBe(true);
    expect(a).not.toBe(b);
  });

  it('does not cut a character outside the BMP in half', () => {
    const stem = safeFileStem('𠀀'.repeat(100), 20);
    expect(Array.from(stem).length).toBeLessThanOrEqual(20);
    expect(stem).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
