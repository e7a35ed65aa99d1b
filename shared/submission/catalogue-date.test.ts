// catalogue-date (detect-date.ts): a labelled date later than the page's publication date is a catalogue's; the
// publication date dates the report. From a city's progress tables reposted with a later catalogue entry
// (shared/submission/__fixtures__/real-pairs/shaoxing-2021).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('catalogue-date: the publication date when the labelled date comes after it', () => {
  it.each([
    [
      'a disclosure box over a progress table',
      '索引号: 11330600002577014T/2022-227932 公开方式: 主动公开\n发布机构: 市政府办公室 成文日期: 2022-06-08\n2021年市政府重点工作半年度进展情况表\n发布日期:2021-08-13 17:42 浏览次数:\n序号 | 内容与要求 | 进展情况\n1 | 确保地区生产总值增长7%以上。 | 已完成。',
      '2021-08-13',
    ],
    ['a 发布时间 line', '成文日期：2023年5月20日\n关于工作情况的报告\n发布时间：2023-03-01 09:00\n今年以来，我局认真开展了安全生产大检查，共检查企业一百二十家，发现并整改隐患三十处。', '2023-03-01'],
  ])('%s', (_what, text, date) => {
    expect(detectDate(paragraphs(text), '2024-01-01')).toMatchObject({ date, dateSource: 'header' });
  });
});

describe('the real pair it came from', () => {
  it.each([
    ['shaoxing-key-work-midyear-2021.txt', '2021-08-13'],
    ['shaoxing-key-work-year-2021.txt', '2022-01-21'],
  ])('%s', (file, date) => {
    const text = readFileSync(join(__dirname, '__fixtures__', 'real-pairs', 'shaoxing-2021', 'reports', file), 'utf8');
    expect(detectDate(paragraphs(text), '2024-01-01').date).toBe(date);
  });
});
