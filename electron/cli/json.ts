// The CLI's JSON shapes: stable, documented projections of the domain objects.
import type { ComplianceResult, PolicyExtract } from '../../shared/types';
import { REPORTED_LABEL } from '../../shared/compliance/status-words';
import type { DocumentDetail, DocumentSummary } from '../../shared/views';
import type { PolicyRef } from '../../shared/portfolio/types';

/** One policy's share of a check: the policy as the workspace names it, its ledger and its obligations. */
export interface PolicyCheck {
  ref: PolicyRef;
  policy: PolicyExtract;
  result: ComplianceResult;
}

export function policyJson(p: PolicyExtract) {
  return {
    title: p.title,
    docNumber: p.docNumber,
    issuer: p.issuer,
    issuedOn: p.issuedOn,
    printedOn: p.printedOn,
    sections: p.sections.map((s) => ({ number: s.number, title: s.title })),
    measures: p.measures.map((m) => ({
      number: m.number,
      label: m.label,
      section: m.section,
      ...(m.middleHeading ? { middleHeading: m.middleHeading } : {}),
      title: m.title,
      text: m.text,
      lead: m.lead,
      support: m.support,
      joint: m.joint,
      generic: m.generic,
      deadlines: m.deadlines.map((d) => ({ text: d.text, date: d.date, kind: d.kind, beforeIssue: d.beforeIssue, ...(d.recurrence ? { recurrence: d.recurrence } : {}), ...(d.from ? { from: d.from } : {}) })),
      targets: m.targets.map((t) => ({ text: t.text, ...(t.phrase ? { phrase: t.phrase } : {}), value: t.value, unit: t.unit, comparison: t.comparison })),
    })),
    departments: p.departments,
  };
}

export interface SubmissionJson {
  file: string;
  departments: string[];
  date: string | null;
  dateSource: string;
  measures: number[];
  links: { measure: number; how: string; score: number; excerpt: string }[];
  /** The policies the report answers, and how that was found. */
  policies: { id: number; label: string; basis: string }[];
  warnings: string[];
}

/**
 * The check as JSON, over one policy or several: `policies` lists each with its reporting deadline and notes, and
 * every obligation carries its policy; `policy`, `reportDeadline` and `notes` stand alone when there is one.
 */
export function checkJson(
  checks: PolicyCheck[],
  asOf: string,
  submissions: { summary: DocumentSummary; detail: DocumentDetail }[],
  fileOf: (documentId: number, fallback: string) => string,
  errors: { file: string; message: string }[],
) {
  const nameByFile = new Map(submissions.map((s) => [s.summary.fileName, fileOf(s.summary.id, s.summary.fileName)]));
  const subs: SubmissionJson[] = submissions.map(({ summary, detail }) => ({
    file: fileOf(summary.id, summary.fileName),
    departments: summary.departments,
    date: detail.analysis?.date ?? null,
    dateSource: detail.analysis?.dateSource ?? 'import',
    measures: summary.measures,
    links: (detail.analysis?.links ?? []).map((l) => ({ measure: l.measure, how: l.how, score: Math.round(l.score * 1000) / 1000, excerpt: l.excerpt })),
    policies: (summary.policies ?? []).map((p) => ({ id: p.policy, label: p.label, basis: p.basis })),
    warnings: summary.warnings,
  }));
  const only = checks.length === 1 ? checks[0] : null;
  return {
    ...(only ? { policy: policyJson(only.policy) } : {}),
    policies: checks.map((c) => ({ id: c.ref.id, label: c.ref.label, ...policyJson(c.policy), reportDeadline: c.result.reportDeadline, notes: c.result.notes })),
    asOf,
    ...(only ? { reportDeadline: only.result.reportDeadline } : {}),
    submissions: subs,
    obligations: checks.flatMap(({ ref, result }) => result.obligations.map((o) => ({
      policy: { id: ref.id, label: ref.label },
      measure: o.measure,
      department: o.department,
      role: o.role,
      due: o.due,
      status: o.status,
      /** What was reported, in the words of the app and the Word report. */
      reported: REPORTED_LABEL[o.status],
      respondedOn: o.respondedOn,
      /** The report counted names no date of its own: respondedOn is the day it was imported. */
      ...(o.respondedOnImported ? { respondedOnImported: true } : {}),
      /** What the office decided (办结, 延期至…, 免报, 退回), or null. */
      decision: o.decision ?? null,
      ...(o.decision?.originalDue ? { originalDue: o.decision.originalDue } : {}),
      ...(o.notes ? { notes: o.notes } : {}),
      evidence: o.evidence.map((e) => ({ file: nameByFile.get(e.file) ?? e.file, excerpt: e.excerpt })),
      ...(o.periods ? { periods: o.periods } : {}),
    }))),
    ...(only ? { notes: only.result.notes } : {}),
    errors,
  };
}

type StoredReport = { summary: DocumentSummary; detail: DocumentDetail };

/**
 * The reports placed on one policy of several, each as read against it (its date, measures and links there):
 * the check of that policy lists these, not the workspace's every report.
 */
export function submissionsOn(policyId: number, submissions: readonly StoredReport[]): StoredReport[] {
  return submissions.flatMap(({ summary, detail }) => {
    if (!summary.policies?.some((p) => p.policy === policyId)) return [];
    const reading = detail.readings?.find((r) => r.policy === policyId)?.analysis;
    if (!reading) return [{ summary, detail }];
    return [{ summary: { ...summary, measures: reading.measures }, detail: { ...detail, analysis: reading } }];
  });
}
