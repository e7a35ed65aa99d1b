import { describe, expect, it } from 'vitest';
import { detectDate, UNDATED_WARNING } from './detect-date';

function paragraphs(text: string) {
  return text.split('\n').map((t, index) => ({ index, text: t }));
}

const IMPORT = '2022-01-10';

describe('detectDate', () => {
  it.each([
    ['signature date, Arabic', '报告\n正文。\n区民政局\n2021年11月30日', '2021-11-30', 'signature'],
    ['signature date, Chinese numerals', '报告\n正文。\n区民政局\n二〇二一年十二月八日', '2021-12-08', 'signature'],
    ['signature date with PDF spacing', '报告\n正文。\n区民政局\n2021 年 9 月 28 日', '2021-09-28', 'signature'],
    ['spaced digits left by the importer', '报告\n正文。\n区民政局\n2 0 2 1年1 0月2 0日', '2021-10-20', 'signature'],
    ['letter-spaced scan', '报 告\n正 文 。\n区 民 政 局\n2 0 2 1 年 1 0 月 2 0 日', '2021-10-20', 'signature'],
    ['name and date on one line', '报告\n正文。\n区民政局    2021年11月30日', '2021-11-30', 'signature'],
    ['date followed by a publication note', '报告\n正文。\n区民政局\n2021年11月30日\n（此件公开发布）', '2021-11-30', 'signature'],
    ['header line, ISO', '报送单位：区财政局 报送日期：2021-11-30\n报告\n正文。', '2021-11-30', 'header'],
    ['header line 报送时间', '报送时间：2021年12月3日\n报告\n正文。', '2021-12-03', 'header'],
    ['header line 日期', '日期：2021年12月3日\n报告\n正文。', '2021-12-03', 'header'],
    ['seal mark before the date', '报告\n正文。\n区民政局\n（盖章）2021年11月30日', '2021-11-30', 'signature'],
    ['header line 落款日期', '落款日期：2021年12月3日\n报告\n正文。', '2021-12-03', 'header'],
    ['date under the title', '关于养老工作的报告\n（2021年11月30日）\n一、工作开展情况。\n我们开展了检查。', '2021-11-30', 'header'],
    ['bulletin masthead', '民政工作简报\n第3期\n区民政局办公室编　　2021年11月30日\n全区开展养老机构检查。', '2021-11-30', 'header'],
    ['print line of an undated report', '报告\n正文。\n区司法局\n抄送：区政府办公室。\n区司法局办公室　　2021年10月15日印发', '2021-10-15', 'header'],
    ['print line written 印', '报告\n正文。\n区司法局\n区司法局办公室 2021年10月15日印', '2021-10-15', 'header'],
    ['signature date before the print line', '报告\n正文。\n区司法局\n2021年10月14日\n区司法局办公室 2021年10月15日印发', '2021-10-14', 'signature'],
    ['masthead run into the first item', '工作简报\n区民政局编印 二〇二一年十一月三十日全区开展养老机构检查，11月1日起施行。', '2021-11-30', 'header'],
  ])('%s', (_label, text, date, source) => {
    const r = detectDate(paragraphs(text), IMPORT);
    expect(r.date).toBe(date);
    expect(r.dateSource).toBe(source);
    expect(r.warnings).toEqual([]);
  });

  it('prefers the signature date to a header date', () => {
    const r = detectDate(paragraphs('填报日期：2021年11月1日\n报告\n正文。\n区民政局\n2021年11月30日'), IMPORT);
    expect(r).toMatchObject({ date: '2021-11-30', dateSource: 'signature' });
  });

  it('the last dated line of the closing block wins over dates in the body', () => {
    const r = detectDate(paragraphs('报告\n2021年10月15日召开推进会。\n计划于2021年12月31日前完成。\n区民政局\n2021年11月30日'), IMPORT);
    expect(r.date).toBe('2021-11-30');
  });

  it('never takes a date of work in the body for the report date', () => {
    const r = detectDate(paragraphs('区民政局关于养老工作的报告\n我局于2021年10月15日召开推进会，计划于2021年12月31日前完成。\n区民政局'), IMPORT);
    expect(r).toEqual({ date: IMPORT, dateSource: 'import', paragraph: null, warnings: [UNDATED_WARNING] });
  });

  it('falls back to the import date with a warning', () => {
    const r = detectDate(paragraphs('报告\n正文。'), IMPORT);
    expect(r.date).toBe(IMPORT);
    expect(r.dateSource).toBe('import');
    expect(r.warnings).toEqual(['未找到报告日期，按导入日期计']);
  });

  it('does not take a plan printed on a date in the last lines for a print line', () => {
    const r = detectDate(paragraphs('报告\n正文。\n区司法局\n实施方案已于2021年10月15日印发'), IMPORT);
    expect(r.dateSource).toBe('import');
  });

  it('ignores a month without a day', () => {
    const r = detectDate(paragraphs('报告\n正文。\n区民政局\n2021年11月'), IMPORT);
    expect(r.dateSource).toBe('import');
  });
});

describe('detectDate: a masthead date only right after the compiler', () => {
  it('does not read a date of work after 编 in a sentence', () => {
    const r = detectDate(paragraphs('工作简报\n区民政局编制养老规划，2021年11月30日印发。\n正文。'), IMPORT);
    expect(r.dateSource).toBe('import');
  });
});

