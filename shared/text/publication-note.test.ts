import { describe, expect, it } from 'vitest';
import { publicationNoteCuts } from './publication-note';
import { splitRunOnItems } from './run-on-items';

// publication-note: the note closing a notice, run on between its signature and an attachment once the page lost its
// breaks, is cut out as a line again (沪民养老发〔2024〕11号 read from one line).
describe('publication-note: the note is a line of its own again', () => {
  it.each([
    ['上海市民政局2024年8月6日（此件主动公开）本市养老机构消防安全典型问题清单', ['上海市民政局2024年8月6日', '（此件主动公开）', '本市养老机构消防安全典型问题清单']],
    ['某县人民政府办公室2021年3月1日(此件公开发布)附件：任务分解表', ['某县人民政府办公室2021年3月1日', '(此件公开发布)', '附件：任务分解表']],
  ])('%s', (text, pieces) => {
    const cuts = [0, ...publicationNoteCuts(text), text.length];
    expect(cuts.slice(0, -1).map((c, k) => text.slice(c, cuts[k + 1]))).toEqual(pieces);
  });

  it('cuts the block that holds it', () => {
    const text = '各区民政局要拓展科技手段的应用。上海市民政局2024年8月6日（此件主动公开）本市养老机构消防安全典型问题清单';
    expect(splitRunOnItems([{ text, start: 0, end: text.length }]).map((b) => b.text)).toEqual([
      '各区民政局要拓展科技手段的应用。上海市民政局2024年8月6日',
      '（此件主动公开）',
      '本市养老机构消防安全典型问题清单',
    ]);
  });
});
