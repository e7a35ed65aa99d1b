// Rule other-target: a progress table sets out its division's targets as its rows' tasks, each whole, figure and all
// (确保地区生产总值增长7%以上。). A row's task giving one of a policy's targets with another figure (赤壁's 地区生产总值
// 增长11% against 绍兴's row 确保地区生产总值增长7%以上) is another division's target: a report doing so, and quoting
// none of that policy's targets whole, answers another division of the same subject, never that policy, though
// its title echoes it and it names no place. A result written in a sentence (上半年地区生产总值增长28.6%, 预计地区
// 生产总值同比增长35%左右) is no target given: only a segment that is the target's words whole, with a figure of
// its own and nothing after it but 以上 or 左右, is. Pure.
import { bareForQuotes } from './quoted-target';

/** A target's words before its figure, shorter than this, are too common to tell one target from another. */
const MIN_INDICATOR_CHARS = 4;
/** What a target gives after its figure. */
const FIGURE = /^(\d+(?:\.\d+)?%?)(以上|左右)?$/;
/** Words a row's task may open on before the target (确保地区生产总值增长7%以上). */
const TASK_OPENERS = /^(?:确保|力争|实现|努力实现)/;

interface Target {
  indicator: string;
  figure: string;
}

/** A bare target split at its figure: 地区生产总值增长11% → 地区生产总值增长, 11%; null when it has no figure at its end. */
function splitTarget(bare: string): Target | null {
  const at = bare.search(/\d/);
  if (at < MIN_INDICATOR_CHARS) return null;
  const m = FIGURE.exec(bare.slice(at));
  return m ? { indicator: bare.slice(0, at), figure: m[1] } : null;
}

/** A row's or an item's number before its task: 1, 1., (一), 一、 (not the 一 of 一般公共预算收入). */
const ITEM_NUMBER = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+(?:[、.．](?!\d))?)/;

/**
 * The report's sentences, lines and table cells, bare, past a row's number and the words opening a task; worked out
 * once for all the policies the report is weighed against.
 */
export function reportTasks(text: string): string[] {
  return text
    .split(/[\n|。；;！？!?]/)
    .map((s) => bareForQuotes(s.replace(ITEM_NUMBER, '')).replace(TASK_OPENERS, ''))
    .filter((s) => s !== '');
}

/**
 * The policy's targets (policyTargets, bare) that the report's tasks (reportTasks) give whole with another figure, as
 * written in the report (地区生产总值增长7%以上); [] when it quotes any of them whole with the policy's own figure.
 */
export function otherTargets(tasks: readonly string[], targets: readonly string[]): string[] {
  const own = targets.map(splitTarget).filter((t): t is Target => t !== null);
  if (own.length === 0) return [];
  const out: string[] = [];
  for (const task of tasks) {
    const given = splitTarget(task);
    if (!given) continue;
    const same = own.find((t) => t.indicator === given.indicator);
    if (!same) continue;
    if (same.figure === given.figure) return [];
    out.push(task);
  }
  return out;
}
