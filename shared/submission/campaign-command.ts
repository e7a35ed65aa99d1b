// campaign-command: a campaign's command at the head of its return's opening sentence, at a round of checks of its own
// (9月25日,区“双创”指挥部分两个小组,对…问题进行了“回头看”,现就检查情况通报如下), is the return's author. The campaign may
// stand in quotes inside the command's name (区“双创”指挥部); the name is kept as written.
import { looksLikeDepartment } from './department-names';
import { COMMAND_ACTS, COMMAND_ENDINGS } from './campaign-command-words';

// The command at the head of a clause (after the day, 9月25日,), its campaign's name in quotes or not, then its act.
const COMMAND_RE = new RegExp(
  `(?:^|[，,；;])((?:[\\u4e00-\\u9fff]|“[\\u4e00-\\u9fff]{1,8}”){2,24}?(?:${COMMAND_ENDINGS.join('|')}))(?=${COMMAND_ACTS.join('|')})`,
);
// The opening announcing the findings: 现就检查情况通报如下, 现将督查情况报告如下.
const ANNOUNCES_FINDINGS_RE = /现(?:将|就)[^。]{0,30}?(?:通报|报告|汇报)如下/;

/** The command whose return this is, from the report's first sentences (without spaces); none otherwise. */
export function campaignCommand(opening: readonly string[]): string[] {
  if (!ANNOUNCES_FINDINGS_RE.test(opening.join(''))) return [];
  const m = COMMAND_RE.exec(opening[0] ?? '');
  return m && looksLikeDepartment(m[1].replace(/[“”]/g, '')) ? [m[1]] : [];
}
