import { describe, expect, it } from 'vitest';
import { repairParagraphs, startsNewItem } from './repair';

// year-item: a numbered line whose text opens on a year opens an item of its own.

const blocks = (...lines: string[]) => lines.map((text, i) => ({ text, start: i * 100, end: i * 100 + text.length }));

describe('year-item: a number before a year is an item number', () => {
  it.each(['2.2024年政府重点民生实事项目责任分解', '1.2021年重点工作任务清单', '3、2019年民生实事项目表', '2．2023年度考核办法'])('%s opens an item', (line) => {
    expect(startsNewItem(line)).toBe(true);
  });

  it('keeps an attachment list\'s item apart from the signature under it', () => {
    const paragraphs = repairParagraphs(
      blocks('附件:1.2024年政府工作报告重点工作责任分解', '2.2024年政府重点民生实事项目责任分解', '平湖市人民政府办公室', '2024年2月19日'),
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      '附件:1.2024年政府工作报告重点工作责任分解',
      '2.2024年政府重点民生实事项目责任分解',
      '平湖市人民政府办公室',
      '2024年2月19日',
    ]);
  });
});
