import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// section-word: a standing section heading of the genre (总体要求, 基本原则, 保障措施, 职责分工…), run into the paragraph
// under it, ends where the word does.
describe('section-word: a standing section heading ends with its word', () => {
  it.each([
    ['一、基本原则坚持融合式建设、标准化嵌入的原则。', '坚持融合式'],
    ['四、实施要求应急避难场所建设，应严格执行规范标准。', '应急避难场所'],
    ['三、工作分工办公室组织、协调和管理主动公开事宜。', '办公室组织'],
    ['一、组织保障设立政务公开工作领导小组。', '设立政务公开'],
    // a project's plan (虹应急〔2026〕2号)
    ['二、项目内容原则上选取100平方米以上的场所进行改造。', '原则上选取'],
    ['五、经费保障经初步匡算，共需经费约400万元。', '经初步匡算'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives a one-line plan its section headings back', () => {
    const line = '现制定本方案。一、基本原则坚持属地负责。二、目标任务本区建成避难场所100处。三、保障措施区财政安排资金。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '现制定本方案。',
      '一、基本原则',
      '坚持属地负责。',
      '二、目标任务',
      '本区建成避难场所100处。',
      '三、保障措施',
      '区财政安排资金。',
    ]);
  });
});
