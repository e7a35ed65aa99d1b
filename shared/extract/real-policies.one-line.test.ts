import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { joinCellLines } from '../text/cell-lines';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';
import { emptyTally, format, readKey, score, sum, tally, type Score, type Tally } from './key-score';
import { extractPolicy } from './policy';

// The real policies of the golden test, each read again as a crawl that lost every paragraph break: its lines joined
// into one line with nothing between them, or with one space. Each copy is scored against the document's own key, so
// that the corpus shows how well a policy reads when a page gives it as one line (the run-on-items, run-gap,
// decimal-item, duty-field-end, front-matter-end, cover-lines, heading-body, duty-clause, subject-opener, field-lines,
// closing-paragraph, lone-item, colon-heading, full-stop-number, spaced-mark, article-heading, body-subject,
// grounds-opener, echoed-verb, verb-clause, section-word, object-end and body-colon-lines rules of shared/text/ give the
// breaks back; per document in __fixtures__/real/INDEX.md, "One line").
//
// Left out: the documents whose measures are a table copied one cell a line. Joined, a table's cells run into each
// other with nothing to tell a cell's end, so no rule of the genre can find its rows again:
//   bureau-center-pipe-table-lead-support-cell (工作任务 | 具体要求 | 责任部门, a pipe after each cell),
//   bureau-sections-task-table (工作任务 / 具体要求 / 责任科室 / 时限要求), city-open-gov-plan-content-lead-cells
//   (目标任务 / 主要内容 / 责任单位, a step then its cell of bodies), county-city-task-table-spaced-header (主要工作任务 /
//   责任单位, its header cells spaced out), county-livelihood-task-table (民生实事 table),
//   county-task-table-leader-status (具体工作任务和要求 / 责任领导 / 责任单位 / 落实情况),
//   district-action-plan-task-list-units (附件's 重点任务清单), district-task-list-time-nodes (附件1's 工作任务清单),
//   national-innovation-reform-table (附件's 改革举措 table), province-ai-task-table (重点任务 / 具体举措 table),
//   town-key-work-quarter-targets (重点工作 / 责任领导 / 责任科室 / 攻坚目标任务 / 第二季度 / 完成情况, its header
//   wrapped), zone-key-work-responsibility-list (重点工作 / 责任领导 / 责任单位 table), county-bureau-points-restated-table
//   (its numbered points name few sections; the 重点任务 | 工作内容 | 负责科室 table restating them, a pipe after each
//   cell, gives the rest), zone-hightech-table-leaders-ongoing-supervision (重点工作任务分解 / 责任领导 / 责任部门 /
//   完成期限 / 监督方式), zone-livelihood-table-units-before-content (事项名称 / 责任单位 / 事项内容, a cell of bodies one
//   a line), county-livelihood-list-year-place-columns (项目名称 / 建设地点 / 建设时间 / …建设内容 / 年度投资金额 / 责任单位),
//   district-work-report-table-leader-cell-missing (主要工作举措 / 牵头单位 / 配合单位 / 责任领导, a row's leader cell empty),
//   city-key-work-paren-rows-group-rows (序号 / 目标与任务 / 牵头责任单位 / 责任单位, a pipe after each cell, one row a
//   line: joined, each row's last cell runs into the next row's number), district-supervision-table-group-rows (序号 /
//   重点工作内容 / 责任单位 / 配合单位, rows without a 序号 under group rows numbered in brackets),
//   county-education-table-pipe-cells-leader-names (目标与任务 / 分管县领导 / 牵头责任单位 / 责任单位, a bar after each
//   cell, the rows 80 and 81 of the whole table), district-education-table-empty-category-rows (重点工作任务 / 主要责任单位
//   / 协同配合单位, category rows over no row of the page).
// Left out too: district-livelihood-table-run-together, a table crawled with nothing between its cells (序号项目名称
// 主要内容…配合单位1增加教育资源供给…), which no reading finds the rows of, with its breaks or without.
// Kept, though tables stand in it: district-plan-brackets-tables-repeated-header, whose measures are prose (its tables
// of figures and its 附件 run on with the rest).
const TABLE_MEASURES = [
  'bureau-center-pipe-table-lead-support-cell',
  'bureau-sections-task-table',
  'county-bureau-points-restated-table',
  'city-open-gov-plan-content-lead-cells',
  'county-city-task-table-spaced-header',
  'county-livelihood-task-table',
  'county-task-table-leader-status',
  'district-action-plan-task-list-units',
  'district-task-list-time-nodes',
  'national-innovation-reform-table',
  'province-ai-task-table',
  'town-key-work-quarter-targets',
  'zone-key-work-responsibility-list',
  'zone-hightech-table-leaders-ongoing-supervision',
  'zone-livelihood-table-units-before-content',
  'county-livelihood-list-year-place-columns',
  'district-work-report-table-leader-cell-missing',
  'city-key-work-paren-rows-group-rows',
  'district-supervision-table-group-rows',
  'county-education-table-pipe-cells-leader-names',
  'district-education-table-empty-category-rows',
];
/** Tables whose cells run together with nothing between them: the header's labels one after another after 序号. */
const RUN_TOGETHER = ['district-livelihood-table-run-together'];
const RUN_TOGETHER_HEADER = /序号(?:[\u4e00-\u9fa5]{1,8}(?:名称|内容|领导|单位|部门|时限|时间)){3,}/;

const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.key.txt'))
  .map((f) => f.replace(/\.key\.txt$/, ''));

/** How far the corpus read from one line reaches, over the documents kept (each field; both ways of joining). */
const FLOOR: Score = { measures: 0.98, titles: 0.95, departments: 0.97, leads: 0.95, deadlines: 0.96 };

const read = (text: string, key: string): Tally =>
  tally(extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) }), readKey(key));

let cached: { name: string; broken: Tally; joined: Tally; spaced: Tally }[] | null = null;
function tallies() {
  cached ??= names
    .filter((name) => !TABLE_MEASURES.includes(name) && !RUN_TOGETHER.includes(name))
    .map((name) => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const key = readFileSync(join(dir, `${name}.key.txt`), 'utf8');
      const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      return { name, broken: read(text, key), joined: read(lines.join(''), key), spaced: read(lines.join(' '), key) };
    });
  return cached;
}

describe('real policies read from one line', () => {
  it('leaves out only documents whose measures are tables copied one cell a line', () => {
    for (const name of TABLE_MEASURES) {
      expect(names, `${name} has no key`).toContain(name);
      const blocks = textBlocks(readFileSync(join(dir, `${name}.txt`), 'utf8'));
      // rows joined from cells one a line, or a column of bodies' label standing alone (a header copied one cell a
      // line whose rows have no 序号 to join them by)
      const bodiesLabel = blocks.some((b) => /^(?:责任|牵头|配合|主办|协办)(?:单位|部门|科室)$/.test(b.text.trim()));
      const table = blocks.some((b) => b.standalone) || joinCellLines(blocks).length !== blocks.length || bodiesLabel;
      expect(table, `${name} holds no table`).toBe(true);
    }
  });

  it('leaves out only documents whose table runs its cells together', () => {
    for (const name of RUN_TOGETHER) {
      expect(names, `${name} has no key`).toContain(name);
      expect(readFileSync(join(dir, `${name}.txt`), 'utf8'), `${name} holds no run-together table`).toMatch(RUN_TOGETHER_HEADER);
    }
  });

  it.each([
    ['joined with nothing between the lines', 'joined'],
    ['joined with one space between the lines', 'spaced'],
  ] as const)('reads the corpus %s nearly as well as with its breaks', (_, way) => {
    const all = tallies();
    const total = (pick: (x: (typeof all)[number]) => Tally) => score(all.reduce((acc, x) => sum(acc, pick(x)), emptyTally()));
    const oneLine = total((x) => x[way]);
    if (process.env.LUOSHI_ONELINE_REPORT) {
      const rows = all.map((x) => `${x.name.padEnd(46)} ${format(score(x[way]))}`);
      console.log([...rows, `${'one line'.padEnd(46)} ${format(oneLine)}`, `${'with breaks'.padEnd(46)} ${format(total((x) => x.broken))}`].join('\n'));
    }
    const short = (Object.keys(FLOOR) as (keyof Score)[]).filter((f) => oneLine[f] < FLOOR[f]);
    expect(short.map((f) => `${f} ${oneLine[f].toFixed(3)} < ${FLOOR[f]}`)).toEqual([]);
  });
});
