import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, garbleScore, GARBLED } from './decode-text';

const REPORT = '区人力资源和社会保障局关于就业创业工作落实情况的报告。今年以来，全区城镇新增就业3260人，扶持创业450人，发放创业担保贷款1380万元。';

describe('decodeText', () => {
  it.each([
    ['utf-8', Buffer.from(REPORT, 'utf8')],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT, 'utf8')])],
    ['gb18030', iconv.encode(REPORT, 'gbk')],
    ['gb18030', iconv.encode(`${REPORT}𠀀`, 'gb18030')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(REPORT, 'utf-16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(REPORT, 'utf-16be')])],
    ['utf-16le', iconv.encode(`Report 2021\n${REPORT}`, 'utf-16le')],
  ])('reads %s', (encoding, bytes) => {
    const decoded = decodeText(bytes);
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text.replace(/^\uFEFF/, '')).toContain(REPORT);
  });

  // Without a BOM: 一 is 4E 00 (LE) or 00 4E (BE), so zero bytes stand at either offset and cannot decide.
  const ONE = '一、全区城镇新增就业一千余人，一季度完成全年任务的三成。';
  it.each([
    ['utf-16le', 'Chinese only, with 一', `${REPORT}${ONE}`],
    ['utf-16be', 'Chinese only, with 一', `${REPORT}${ONE}`],
    ['utf-16le', 'lines and ASCII', `落实情况报告\r\n${ONE}\r\n${REPORT}\r\n2021年10月8日`],
    ['utf-16be', 'lines and ASCII', `落实情况报告\n${ONE}\n${REPORT}\n2021年10月8日`],
    ['utf-16be', 'no ASCII and no 一', REPORT.replace(/[0-9一]/g, '')],
  ])('reads %s without a BOM (%s)', (encoding, _label, text) => {
    const decoded = decodeText(iconv.encode(text, encoding));
    expect(decoded).toEqual({ text, encoding });
  });

  it('still reads GBK of an even length as GB18030', () => {
    const bytes = iconv.encode(REPORT.length % 2 ? REPORT : `${REPORT}。`, 'gbk');
    const even = bytes.length % 2 === 0 ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
    expect(even.length % 2).toBe(0);
    expect(decodeText(even)?.encoding).toBe('gb18030');
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('Progress report, October 2021\n'))).toEqual({ text: 'Progress report, October 2021\n', encoding: 'utf-8' });
  });

  it('refuses text in an encoding it does not read (Big5)', () => {
    expect(decodeText(iconv.encode('區人力資源和社會保障局關於就業創業工作落實情況的報告。今年以來，全區城鎮新增就業三千二百人。', 'big5'))).toBeNull();
  });

  it('refuses binary data', () => {
    const bytes = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));
    expect(decodeText(bytes)).toBeNull();
  });
});

describe('garbleScore', () => {
  it('is low for Chinese prose and for English', () => {
    expect(garbleScore(REPORT)).toBeLessThanOrEqual(GARBLED);
    expect(garbleScore('The district office tracks which departments reported on time.')).toBe(0);
  });

  it('is high for replacement characters, private-use glyphs and rare ideographs', () => {
    expect(garbleScore('区人社局\uFFFD\uFFFD\uFFFD报告')).toBeGreaterThan(GARBLED);
    expect(garbleScore('\uE001\uE002\uE003区人社局')).toBeGreaterThan(GARBLED);
    expect(garbleScore(iconv.decode(iconv.encode('區人力資源和社會保障局關於就業創業工作落實情況的報告', 'big5'), 'gb18030'))).toBeGreaterThan(GARBLED);
  });
});
