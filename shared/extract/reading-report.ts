// What a user should check after a policy was read, derived from the extract alone (so the CLI and the Policy
// view show the same report for a policy stored before the report existed):
//   - measures with no specific department (none named, or only generic actors such as 各县（市、区）);
//   - responsibility words that were found but yielded no department;
//   - conventions stated once and applied from a measure on ("列第一位的为牵头单位，下同"), and responsibilities
//     written on a section heading;
//   - deadlines that fall before the date of issue;
//   - metadata the document does not state (title, 发文字号, 发文机关, 成文日期), which the user can set.
import type { Measure, MeasureRef, PolicyExtract, PolicyField, ReadingReport } from '../types';
import { readConventions } from './lead-convention';
import { measureCitation, sectionQualifiedLabels } from './measure-citation';

const FIELD_NAMES: Record<PolicyField, string> = { title: '标题', docNumber: '发文字号', issuer: '发文机关', issuedOn: '成文日期' };

// A bracket that speaks of responsibility: its words should have named someone.
const DUTY_WORDS = /牵头|负责|配合|责任单位|责任部门|主办|协办|承办/;

function cite(r: MeasureRef): string {
  return `${measureCitation(r)}（${r.title}）`;
}

/** Bracketed words of a measure that speak of responsibility, when none of its brackets was read. */
function unreadDuty(m: Measure): string | null {
  if (m.lead.length + m.support.length + m.generic.length > 0) return null;
  if (m.responsibilityText !== null) return m.responsibilityText;
  const bracket = [...m.text.matchAll(/[（(〔【]([^（()）〔〕【】]{2,200})[）)〕】]/g)].map((x) => x[0]).find((b) => DUTY_WORDS.test(b));
  return bracket ?? null;
}

export function readingReport(extract: PolicyExtract): ReadingReport {
  // measures cited as a user cites them: with their section where the numbering starts again in each (a
  // policy stored before labels carried their section gets it here)
  const labels = sectionQualifiedLabels(extract.measures);
  const ref = (m: Measure): MeasureRef => ({ number: m.number, label: labels[extract.measures.indexOf(m)].label, section: m.section, title: m.title });
  const noDepartment: ReadingReport['noDepartment'] = [];
  const unparsed: ReadingReport['unparsed'] = [];
  const conventions: ReadingReport['conventions'] = [];
  const beforeIssue: ReadingReport['beforeIssue'] = [];
  for (const m of extract.measures) {
    if (m.lead.length + m.support.length === 0) noDepartment.push({ ...ref(m), generic: m.generic });
    const unread = unreadDuty(m);
    if (unread !== null) unparsed.push({ ...ref(m), text: unread });
    for (const c of readConventions(m.text).conventions) conventions.push({ kind: c.kind, words: c.words, from: ref(m), onward: c.onward });
    for (const d of m.deadlines) if (d.beforeIssue && d.date) beforeIssue.push({ ...ref(m), text: d.text, date: d.date });
  }
  const headingDuties = extract.sections.filter((sec) => sec.responsibility).map((sec) => ({ section: sec.number, title: sec.title, words: sec.responsibility as string }));
  const missing: PolicyField[] = [];
  if (extract.title === '') missing.push('title');
  if (extract.docNumber === null) missing.push('docNumber');
  if (extract.issuer === null) missing.push('issuer');
  if (extract.issuedOn === null) missing.push('issuedOn');

  const lines: string[] = [];
  if (missing.length > 0) {
    lines.push(`文件中未找到${missing.map((f) => FIELD_NAMES[f]).join('、')}，已照常导入；可在政策页补填。`);
    if (missing.includes('issuedOn')) lines.push('没有成文日期时，只写月份的时限无法确定年份，“印发之日起”的时限也无法算出日期。');
  }
  for (const c of conventions) {
    const scope = c.onward ? '起的各条措施' : '';
    lines.push(
      c.kind === 'first-leads'
        ? `按${cite(c.from)}所写“${c.words}”，自该条${scope}以列第一位的单位为牵头单位，其余为配合单位。`
        : `按${cite(c.from)}所写“${c.words}”，自该条${scope}均列入该泛指主体。`,
    );
  }
  for (const h of headingDuties) lines.push(`第${h.section}部分（${h.title}）的标题写有“${h.words}”，该部分未写责任单位的措施按此读取。`);
  for (const m of noDepartment) {
    lines.push(m.generic.length > 0 ? `${cite(m)}只写了泛指主体（${m.generic.join('、')}），未指明具体部门。` : `${cite(m)}未找到责任单位。`);
  }
  for (const u of unparsed) lines.push(`${cite(u)}的责任表述未能读出部门：“${u.text}”。`);
  for (const d of beforeIssue) lines.push(`${cite(d)}的时限“${d.text}”（${d.date}）早于成文日期。`);
  return { noDepartment, unparsed, conventions, headingDuties, beforeIssue, missing, lines };
}
