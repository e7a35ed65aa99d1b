// Rule (schedule-dates): a plan that sets out, in a section of its own, the phases of the whole work by the day each
// must be done (「（二）进度安排」 … 「5月31日前，完成各级城市体检，汇交体检报告初稿…」 「6月30日前，各级城市体检
// 报告…报送至市住房城乡建设管理委」, 2026年奉贤区城市体检工作方案): each phase's day is a due date of every task, since the
// phases are those of the whole work, besides any date a task sets itself (「力争到2027年实现全覆盖」). Only a phase that
// opens on its day (「5月31日前，」, 「2025年6月底前，」, 「1.9月30日前，」) gives one; a phase that names a window (启动阶段
// （2024年4月1日至2024年12月31日）) or a month alone (2026年4月，印发…) dates no task. The section is one titled only as a schedule (进度安排, 时间安排, 实施步骤, 工作步骤, 推进步骤, 时间节点),
// at any level of numbering; it runs to the next heading of its level or a coarser one.
import type { Deadline } from '../types';
import { readLabel, styleRank } from './policy-numbering';

const SCHEDULE_TITLE = /^(?:进度安排|时间安排|时间进度|进度要求|实施步骤|工作步骤|推进步骤|时间节点|步骤安排)$/;
/** A phase opening on its day: a date (with or without its year), then 前 and a comma or colon. */
const PHASE = /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?(?:之)?前[，,：:]/;

/** The lines of the schedule's phases that open on their day, in order; empty when there is no such section. */
export function schedulePhases(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = readLabel(lines[i].trim());
    if (!label || !SCHEDULE_TITLE.test(label.rest.trim().replace(/[。.:：]$/, ''))) continue;
    const rank = styleRank(label.style);
    for (let k = i + 1; k < lines.length; k++) {
      const t = lines[k].trim();
      if (/^附件\s*[：:\d]/.test(t) || t === '附件') break;
      const own = readLabel(t);
      if (own && styleRank(own.style) <= rank) break;
      // a numbered phase whose number runs into its date (1.2025年6月底前) is read past the number
      const phase = own ? own.rest.trim() : t.replace(/^\d{1,2}[.．、](?=\d{4}年|\d{1,2}月)/, '');
      if (PHASE.test(phase)) out.push(phase);
    }
  }
  return out;
}

/**
 * A task's deadlines with the schedule's due dates added (schedule-dates): `phaseDates` are the due dates read from
 * the phases; a date the task already has is not added twice.
 */
export function withScheduleDates(own: Deadline[], phaseDates: Deadline[]): Deadline[] {
  const added = phaseDates.filter((p) => p.kind === 'by' && p.date !== null && !own.some((d) => d.kind === 'by' && d.date === p.date));
  return [...own, ...added];
}
