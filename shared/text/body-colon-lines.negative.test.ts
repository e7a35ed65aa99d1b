import { describe, expect, it } from 'vitest';
import { bodyColonLineStarts } from './body-colon-lines';

// Colons after a role's label, after a word that names no body, inside a sentence, or before what no body does open
// no line.
describe('body-colon-lines: colons that open no body\'s paragraph', () => {
  it.each([
    // a role's label: a field (field-lines), not a body
    ['完成制度建设。责任单位：市财政局、市发改委。'],
    ['完成制度建设。牵头部门：负责统筹的市发改委。'],
    // a word that is no body
    ['完成制度建设。主要内容：负责制定年度计划。'],
    // inside a sentence, after a comma
    ['完成制度建设，市财政局：负责保障经费。'],
    // a body and a colon before what is no duty (a heading's list, a title)
    ['完成制度建设。市财政局：2024年工作要点。'],
    // the first paragraph of the piece: nothing before it to close
    ['市财政局：负责保障经费。'],
  ])('%s', (piece) => {
    expect(bodyColonLineStarts(piece)).toEqual([]);
  });
});
