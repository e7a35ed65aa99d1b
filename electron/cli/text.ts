// The CLI's readable output: plain text tables that line up in a terminal with CJK fonts.
import { displayFileName } from '../../shared/text/display-name';
import { REPORTED_LABEL } from '../../shared/compliance/status-words';
import type { ComplianceResult, ObligationStatus, PolicyExtract } from '../../shared/types';
import { readingReport } from '../../shared/extract/reading-report';
import { citeMeasureList, measureCiter } from '../../shared/extract/measure-citation';
import { middleHeadingRuns, middleHeadingText } from '../../shared/extract/middle-headings';
import type { SubmissionJson } from './json';
import { targetWords } from '../../shared/extract/target-phrase';

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function clip(s: string, width: number): string {
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) return out + '…';
    out += ch;
  }
  return out;
}

export function formatPolicyTable(p: PolicyExtract): string {
  const lines: string[] = [];
  lines.push(p.title);
  lines.push(`文号：${p.docNumber ?? '—'}    发文机关：${p.issuer ?? '—'}    成文日期：${p.issuedOn ?? '—'}`);
  lines.push(`共 ${p.sections.length} 个部分、${p.measures.length} 项任务措施、${p.departments.length} 个责任单位`);
  for (const s of p.sections.length ? p.sections : [{ number: '', title: '' }]) {
    if (s.number) lines.push('', `${s.number}、${s.title}`);
    // each middle heading (（一）深化商事制度改革) written once above the measures under it
    for (const run of middleHeadingRuns(p.measures.filter((x) => (s.number ? x.section === s.number : true)))) {
      if (run.heading) lines.push(` ${middleHeadingText(run.heading)}`);
      for (const m of run.measures) {
        lines.push(`  ${pad(String(m.number) + '.', 4)}${clip(m.title, 40)}`);
        const who = m.joint ? `共同负责：${m.lead.join('、')}` : `牵头：${m.lead.join('、') || '—'}${m.support.length ? `；配合：${m.support.join('、')}` : ''}`;
        lines.push(`      ${who}${m.generic.length ? `（另有：${m.generic.join('、')}）` : ''}`);
        for (const d of m.deadlines) lines.push(`      时限：${d.text} → ${d.date ?? kindLabel(d.kind)}${d.beforeIssue ? '  ⚠ 早于成文日期' : ''}`);
        for (const t of m.targets) lines.push(`      指标：${targetWords(t)}（${t.comparison} ${t.value}${t.unit}）`);
      }
    }
  }
  const report = readingReport(p);
  if (report.lines.length > 0) lines.push('', '阅读报告（请核对）：', ...report.lines.map((l) => `  · ${l}`));
  return lines.join('\n') + '\n';
}

function kindLabel(kind: string): string {
  return ({ monthly: '每月', quarterly: '每季度', annual: '每年', period: '期间', 'service-limit': '办理时限', ongoing: '长期', by: '无具体日期' } as Record<string, string>)[kind] ?? kind;
}

const MARK: Record<ObligationStatus, string> = { on_time: '✓', late: '!', missing: '✗', pending: '·' };
export const STATUS_LABEL: Record<ObligationStatus, string> = REPORTED_LABEL;

/** The matrix and the missing-and-late list of one policy. */
function policyLines(policy: PolicyExtract, result: ComplianceResult): string[] {
  const lines: string[] = [];
  lines.push(`${policy.title}`);
  lines.push(`统计截至 ${result.asOf}，无明确时限的任务以 ${result.reportDeadline} 为报送截止日期。`);
  lines.push(`图例：✓ 按时  ! 逾期  ✗ 未报送  · 未到期  （空白：无此任务）`, '');
  const departments = [...new Set(result.obligations.map((o) => o.department))];
  const measures = policy.measures.map((m) => m.number);
  const cell = new Map(result.obligations.map((o) => [`${o.measure}|${o.department}`, o]));
  const nameWidth = Math.max(8, ...departments.map(displayWidth)) + 2;
  lines.push(pad('责任单位', nameWidth) + measures.map((n) => pad(String(n), 3)).join(''));
  for (const d of departments) {
    lines.push(pad(d, nameWidth) + measures.map((n) => pad(cell.has(`${n}|${d}`) ? MARK[cell.get(`${n}|${d}`)!.status] : ' ', 3)).join(''));
  }
  lines.push('');
  const cite = measureCiter(policy.measures);
  for (const d of departments) {
    const bad = result.obligations.filter((o) => o.department === d && (o.status === 'missing' || o.status === 'late'));
    if (bad.length === 0) continue;
    lines.push(`${d}：`);
    for (const o of bad) {
      const title = policy.measures.find((m) => m.number === o.measure)?.title ?? '';
      lines.push(`  ${cite(o.measure)} ${clip(title, 30)}  ${STATUS_LABEL[o.status]}（截止 ${o.due}${o.respondedOn ? `，报送 ${o.respondedOn}${o.respondedOnImported ? '（导入日期）' : ''}` : ''}）${o.decision ? `  决定：${o.decision.label}` : ''}`);
    }
  }
  return lines;
}

/**
 * The measures a report answers (those of the first policy it answers): their numbers (3、5) where the policy numbers
 * straight through, else each as the policy cites it (第一部分第3条、第二部分第1条).
 */
function reportMeasures(checks: { ref: { id: number }; policy: PolicyExtract }[], s: SubmissionJson): string {
  if (s.measures.length === 0) return '无';
  const policy = (checks.find((c) => c.ref.id === s.policies[0]?.id) ?? (checks.length === 1 ? checks[0] : undefined))?.policy;
  const cited = citeMeasureList(policy?.measures ?? [], s.measures);
  return cited === `第${s.measures.join('、')}条` ? s.measures.join('、') : cited;
}

/** The check in a terminal: each policy's matrix and laggards (headed by its label when there are several), then the reports. */
export function formatComplianceText(
  checks: { ref: { id: number; label: string }; policy: PolicyExtract; result: ComplianceResult }[],
  submissions: SubmissionJson[],
  errors: { file: string; message: string }[],
): string {
  const lines: string[] = [];
  checks.forEach(({ ref, policy, result }, i) => {
    if (checks.length > 1) lines.push(...(i > 0 ? [''] : []), `━━ ${i + 1}/${checks.length}  ${ref.label} ━━`);
    lines.push(...policyLines(policy, result));
  });
  lines.push('', `报告 ${submissions.length} 份：`);
  for (const s of submissions) {
    const answers = checks.length > 1 ? `  政策：${s.policies.map((p) => p.label).join('、') || '未对应任何政策'}` : '';
    lines.push(`  ${displayFileName(s.file)}  ${s.departments.join('、') || '（未识别单位）'}  ${s.date ?? '无日期'}${answers}  任务：${reportMeasures(checks, s)}${s.warnings.length ? '  ⚠ ' + s.warnings.join('；') : ''}`);
  }
  if (errors.length) {
    lines.push('', `未能导入 ${errors.length} 个文件：`);
    for (const e of errors) lines.push(`  ${displayFileName(e.message)}`);
  }
  return lines.join('\n') + '\n';
}
