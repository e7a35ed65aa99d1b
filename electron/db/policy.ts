// Repository: the workspace's policy — metadata, sections, measures, responsibilities, deadlines, targets.
import type { Deadline, Measure, MiddleHeading, PolicyExtract, ResponsibilityRole, Target } from '../../shared/types';
import type { Db } from './sqlite';
import { stmt } from './statements';
import { ensureDepartment } from './departments';
import { sectionQualifiedLabels } from '../../shared/extract/measure-citation';

/** The first policy of the workspace (the one a caller means when it names none). */
export function policyDocumentId(db: Db): number | null {
  const r = stmt(db, 'SELECT document_id AS id FROM policy_meta ORDER BY document_id LIMIT 1').get() as { id: number } | undefined;
  return r?.id ?? null;
}

/** Every policy of the workspace, in the order they were imported. */
export function policyDocumentIds(db: Db): number[] {
  return (stmt(db, 'SELECT document_id AS id FROM policy_meta ORDER BY document_id').all() as { id: number }[]).map((r) => r.id);
}

/** The number and title a policy (present or removed) was last read with. */
export function policyIdentity(db: Db, id: number): { docNumber: string | null; title: string } | null {
  const r = stmt(db, 'SELECT doc_number AS docNumber, title FROM policy_history WHERE policy_id = ?').get(id) as { docNumber: string | null; title: string } | undefined;
  return r ?? null;
}

export function clearPolicy(db: Db, documentId: number): void {
  stmt(db, 'DELETE FROM measures WHERE document_id = ?').run(documentId);
  stmt(db, 'DELETE FROM sections WHERE document_id = ?').run(documentId);
  stmt(db, 'DELETE FROM policy_meta WHERE document_id = ?').run(documentId);
}

/** Writes (or rewrites, after an alias change) the extraction of a policy document. */
export function savePolicy(db: Db, documentId: number, extract: PolicyExtract): void {
  clearPolicy(db, documentId);
  stmt(db, `INSERT INTO policy_meta (document_id, title, doc_number, issuer, issued_on, printed_on, warnings, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    documentId, extract.title, extract.docNumber, extract.issuer, extract.issuedOn, extract.printedOn, JSON.stringify(extract.warnings),
    JSON.stringify(extract.aliases ?? []),
  );
  stmt(db, 'INSERT INTO policy_history (policy_id, doc_number, title) VALUES (?, ?, ?) ON CONFLICT(policy_id) DO UPDATE SET doc_number = excluded.doc_number, title = excluded.title').run(
    documentId, extract.docNumber, extract.title,
  );
  extract.sections.forEach((s, i) => stmt(db, 'INSERT INTO sections (document_id, position, number, title) VALUES (?, ?, ?, ?)').run(documentId, i, s.number, s.title));
  const addMeasure = stmt(db, `INSERT INTO measures (document_id, number, label, section, title, text, responsibility_text, joint, raw_departments, generic, paragraphs, middle_heading)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const addResp = stmt(db, 'INSERT OR IGNORE INTO responsibilities (measure_id, department_id, role) VALUES (?, ?, ?)');
  const addDeadline = stmt(db, 'INSERT INTO deadlines (measure_id, text, date, kind, before_issue, detail) VALUES (?, ?, ?, ?, ?, ?)');
  const addTarget = stmt(db, 'INSERT INTO targets (measure_id, text, value, unit, comparison, detail) VALUES (?, ?, ?, ?, ?, ?)');
  for (const m of extract.measures) {
    const mid = Number(addMeasure.run(documentId, m.number, m.label, m.section, m.title, m.text, m.responsibilityText, m.joint ? 1 : 0,
      JSON.stringify(m.rawDepartments), JSON.stringify(m.generic), JSON.stringify(m.paragraphs), JSON.stringify(m.middleHeading ?? null)).lastInsertRowid);
    const leadRole: ResponsibilityRole = m.joint ? 'joint' : 'lead';
    for (const d of m.lead) addResp.run(mid, ensureDepartment(db, d), leadRole);
    for (const d of m.support) addResp.run(mid, ensureDepartment(db, d), 'support');
    for (const d of m.deadlines) {
      const { text, date, kind, beforeIssue, ...detail } = d;
      addDeadline.run(mid, text, date, kind, beforeIssue ? 1 : 0, JSON.stringify(detail));
    }
    for (const t of m.targets) {
      const { text, value, unit, comparison, ...detail } = t;
      addTarget.run(mid, text, value, unit, comparison, JSON.stringify(detail));
    }
  }
}

export function loadPolicy(db: Db, documentId: number): PolicyExtract | null {
  const meta = stmt(db, 'SELECT title, doc_number AS docNumber, issuer, issued_on AS issuedOn, printed_on AS printedOn, warnings, aliases FROM policy_meta WHERE document_id = ?').get(documentId) as any;
  if (!meta) return null;
  const sections = stmt(db, 'SELECT number, title FROM sections WHERE document_id = ? ORDER BY position').all(documentId) as PolicyExtract['sections'];
  const rows = stmt(db, 'SELECT * FROM measures WHERE document_id = ? ORDER BY number').all(documentId) as any[];
  // One query per table for the whole policy, grouped by measure here: a query per measure costs a scan each.
  const byMeasure = <T>(sql: string): Map<number, T[]> => {
    const out = new Map<number, T[]>();
    for (const r of stmt(db, sql).all(documentId) as (T & { measureId: number })[]) {
      const list = out.get(r.measureId);
      if (list) list.push(r);
      else out.set(r.measureId, [r]);
    }
    return out;
  };
  const resp = byMeasure<{ canonical: string; role: ResponsibilityRole }>(`SELECT r.measure_id AS measureId, d.canonical, r.role FROM responsibilities r
    JOIN measures m ON m.id = r.measure_id JOIN departments d ON d.id = r.department_id WHERE m.document_id = ? ORDER BY r.rowid`);
  const deadlines = byMeasure<any>(`SELECT x.measure_id AS measureId, x.text, x.date, x.kind, x.before_issue, x.detail FROM deadlines x
    JOIN measures m ON m.id = x.measure_id WHERE m.document_id = ? ORDER BY x.id`);
  const targets = byMeasure<any>(`SELECT x.measure_id AS measureId, x.text, x.value, x.unit, x.comparison, x.detail FROM targets x
    JOIN measures m ON m.id = x.measure_id WHERE m.document_id = ? ORDER BY x.id`);
  const departments = new Set<string>();
  const measures: Measure[] = rows.map((r) => {
    const roles = resp.get(r.id) ?? [];
    roles.forEach((x) => departments.add(x.canonical));
    const middleHeading: MiddleHeading | null = r.middle_heading ? JSON.parse(r.middle_heading) : null;
    return {
      number: r.number,
      label: r.label,
      section: r.section,
      ...(middleHeading ? { middleHeading } : {}),
      title: r.title,
      text: r.text,
      lead: roles.filter((x) => x.role !== 'support').map((x) => x.canonical),
      support: roles.filter((x) => x.role === 'support').map((x) => x.canonical),
      joint: !!r.joint,
      generic: JSON.parse(r.generic),
      rawDepartments: JSON.parse(r.raw_departments),
      responsibilityText: r.responsibility_text,
      deadlines: (deadlines.get(r.id) ?? []).map((d): Deadline => ({
        text: d.text, date: d.date, kind: d.kind, beforeIssue: !!d.before_issue, ...JSON.parse(d.detail),
      })),
      targets: (targets.get(r.id) ?? []).map((t): Target => ({
        text: t.text, value: t.value, unit: t.unit, comparison: t.comparison, ...JSON.parse(t.detail),
      })),
      paragraphs: JSON.parse(r.paragraphs),
    };
  });
  return {
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    issuedOn: meta.issuedOn,
    printedOn: meta.printedOn,
    sections,
    // a policy stored before labels named their section, where its numbering restarts
    measures: sectionQualifiedLabels(measures),
    departments: [...departments].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    warnings: JSON.parse(meta.warnings),
    aliases: meta.aliases ? JSON.parse(meta.aliases) : [],
  };
}

/**
 * Policies two of whose stored measures have one label (「一、1.」 under （一） and again under （二）): read before labels
 * named the middle heading the numbering starts again under. Loading may still tell them apart (labels stored before
 * they named their section), so the caller checks the loaded labels.
 */
export function policiesWithRepeatedLabels(db: Db): number[] {
  const rows = stmt(db, 'SELECT DISTINCT document_id AS id FROM measures GROUP BY document_id, label HAVING COUNT(*) > 1 ORDER BY document_id').all() as { id: number }[];
  return rows.map((r) => r.id);
}

/** Policies stored before middle headings were kept (a measure's is NULL, not 'null'): read again on opening. */
export function policiesWithoutMiddleHeadings(db: Db): number[] {
  const rows = stmt(db, 'SELECT DISTINCT document_id AS id FROM measures WHERE middle_heading IS NULL ORDER BY document_id').all() as { id: number }[];
  return rows.map((r) => r.id);
}

/** A policy stored before its aliases were kept must be read again. */
export function policyNeedsRereading(db: Db): boolean {
  return !!stmt(db, 'SELECT 1 FROM policy_meta WHERE aliases IS NULL LIMIT 1').get();
}
