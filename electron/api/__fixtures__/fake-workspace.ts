// An in-memory stand-in for the workspace service, for host and handler tests only: it records calls and
// answers with small, fixed data so the tests exercise the hosts, not the extraction pipeline.
import { basename } from 'node:path';
import type { WorkspaceApi } from '../../services/workspace-api';
import type { ComplianceResult, Measure } from '../../../shared/types';
import type { DepartmentRow, DocumentSummary, WorkspaceSettings } from '../../../shared/views';

export interface FakeWorkspace extends WorkspaceApi {
  calls: { method: string; args: unknown[] }[];
  closed: boolean;
  dbPath: string;
}

function measure(number: number, lead: string[], support: string[]): Measure {
  return {
    number,
    label: `${number}.`,
    section: '一',
    title: `措施${number}`,
    text: `措施${number}的正文，11月底前完成。`,
    lead,
    support,
    joint: false,
    generic: [],
    rawDepartments: [...lead, ...support],
    responsibilityText: null,
    deadlines: [],
    targets: [],
    paragraphs: [number],
  };
}

export function createFakeWorkspace(dbPath: string): FakeWorkspace {
  const calls: FakeWorkspace['calls'] = [];
  const documents: DocumentSummary[] = [];
  let settings: WorkspaceSettings = { reportDeadline: null, asOf: null };
  const aliases = new Map<string, string>();
  const measures = [measure(1, ['区人社局'], ['区财政局']), measure(2, ['区财政局'], [])];
  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const canonical = (name: string) => aliases.get(name) ?? name;

  const fake: FakeWorkspace = {
    calls,
    closed: false,
    dbPath,
    info() {
      record('info');
      return {
        path: dbPath,
        hasPolicy: documents.some((d) => d.role === 'policy'),
        policyTitle: documents.some((d) => d.role === 'policy') ? '关于测试的实施意见' : null,
        policies: documents
          .filter((d) => d.role === 'policy')
          .map((d) => ({ id: d.id, title: '关于测试的实施意见', docNumber: null, issuer: null, issuedOn: null, label: '测试的实施意见' })),
        documentCount: documents.length,
        submissionCount: documents.filter((d) => d.role === 'submission').length,
        settings,
        defaultReportDeadline: documents.some((d) => d.role === 'policy') ? '2021-12-31' : null,
      };
    },
    async importFiles(paths, role, onProgress) {
      record('importFiles', paths, role);
      const results = [];
      for (const [i, path] of paths.entries()) {
        await new Promise((r) => setTimeout(r, 5));
        const file = basename(path);
        if (file.includes('坏')) {
          results.push({ file, ok: false, error: { file, code: 'no-text' as const, message: `${file}：没有可读的文字` } });
        } else {
          const id = documents.length + 1;
          documents.push({
            id,
            role: role === 'policy' || (role === 'auto' && i === 0) ? 'policy' : 'submission',
            fileName: file,
            format: 'txt',
            size: 10,
            pageCount: null,
            importedAt: '2021-10-01T00:00:00Z',
            departments: [],
            date: null,
            dateSource: null,
            measures: [],
            warnings: [],
          });
          results.push({ file, ok: true, documentId: id });
        }
        onProgress?.({ done: i + 1, total: paths.length, file: path });
      }
      return { results, imported: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length };
    },
    listDocuments() {
      record('listDocuments');
      return documents.map((d) => ({ ...d }));
    },
    getDocument(id) {
      record('getDocument', id);
      const doc = documents.find((d) => d.id === id);
      return doc ? { ...doc, text: '', paragraphs: [], analysis: null, ocr: null } : null;
    },
    removeDocument(id) {
      record('removeDocument', id);
      const at = documents.findIndex((d) => d.id === id);
      if (at >= 0) documents.splice(at, 1);
    },
    getPolicy() {
      record('getPolicy');
      return null;
    },
    compliance(asOf, filter) {
      record('compliance', asOf, filter);
      const result: ComplianceResult = {
        asOf,
        reportDeadline: settings.reportDeadline ?? '2021-12-31',
        obligations: measures.flatMap((m) =>
          m.lead.map((d) => ({
            measure: m.number,
            department: canonical(d),
            role: 'lead' as const,
            due: '2021-11-30',
            dueSource: 'deadline' as const,
            status: asOf > '2021-11-30' ? ('missing' as const) : ('pending' as const),
            respondedOn: null,
            evidence: [],
          })),
        ),
        notes: { offDuty: [], unobliged: [], beforeIssue: [] },
      };
      return result;
    },
    compare(measureNumber, department, asOf) {
      record('compare', measureNumber, department, asOf);
      const m = measures.find((x) => x.number === measureNumber);
      if (!m) return null;
      return { policy: 1, policyOriginal: null, measure: m, department, status: null, responses: [], sharedTerms: [], siblings: [1, 2], decisions: [] };
    },
    search(query, filter, limit) {
      record('search', query, filter, limit);
      return [];
    },
    departments() {
      record('departments');
      const names = new Set(['区人社局', '区财政局', ...aliases.keys()]);
      const rows = new Map<string, DepartmentRow>();
      for (const name of names) {
        const c = canonical(name);
        const row = rows.get(c) ?? { canonical: c, aliases: [], generic: false, obligations: 0, submissions: 0 };
        if (name !== c) row.aliases.push(name);
        rows.set(c, row);
      }
      return [...rows.values()];
    },
    mergeDepartments(names, into) {
      record('mergeDepartments', names, into);
      for (const n of names) if (n !== into) aliases.set(n, into);
    },
    splitAlias(alias) {
      record('splitAlias', alias);
      aliases.delete(alias);
    },
    setGeneric(name, generic) {
      record('setGeneric', name, generic);
    },
    getSettings() {
      record('getSettings');
      return settings;
    },
    setSettings(patch) {
      record('setSettings', patch);
      settings = { ...settings, ...patch };
      return settings;
    },
    async exportReport(outPath, asOf, options) {
      record('exportReport', outPath, asOf, options);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(outPath, 'report');
      return outPath;
    },
    async exportWorkbook(outPath, asOf) {
      record('exportWorkbook', outPath, asOf);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(outPath, 'workbook');
      return outPath;
    },
    async exportNotices(outPath, asOf, options) {
      record('exportNotices', outPath, asOf, options);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(outPath, 'notices');
      return [outPath];
    },
    async pageImage(id, page) {
      record('pageImage', id, page);
      return null;
    },
    async originalPdf(id) {
      record('originalPdf', id);
      return null;
    },
    // The channel table of the real service, answered by the methods above (which record the call).
    call(channel, input) {
      const i = (input ?? {}) as any;
      const table: Record<string, () => unknown> = {
        'workspace/info': () => fake.info(),
        'documents/list': () => fake.listDocuments(),
        'documents/get': () => fake.getDocument(i.id),
        'documents/remove': () => {
          if (!documents.some((d) => d.id === i.id)) throw Object.assign(new Error(`找不到编号为 ${i.id} 的文件`), { code: 'not-found' });
          fake.removeDocument(i.id);
          return fake.listDocuments();
        },
        'policy/get': () => fake.getPolicy(),
        // The policy named, recorded on its own so one-policy calls read as before.
        'compliance/matrix': () => (i.policy !== undefined && record('policy', i.policy), fake.compliance(i.asOf, i.filter)),
        'compliance/compare': () => (i.policy !== undefined && record('policy', i.policy), fake.compare(i.measure, i.department, i.asOf)),
        'search/query': () => fake.search(i.query, i.filter, i.limit ?? 100),
        'departments/list': () => fake.departments(),
        'departments/merge': () => (fake.mergeDepartments(i.names, i.into), fake.departments()),
        'departments/split': () => (fake.splitAlias(i.alias), fake.departments()),
        'departments/set-generic': () => (fake.setGeneric(i.name, i.generic), fake.departments()),
        'settings/get': () => fake.getSettings(),
        'settings/set': () => fake.setSettings(i),
      };
      const run = table[channel];
      if (!run) throw new Error(`fake workspace: ${channel} not answered`);
      return run() as never;
    },
    async setDocumentRole(id, role) {
      record('setDocumentRole', id, role);
    },
    async undo(id) {
      record('undo', id);
      throw Object.assign(new Error('没有可以撤销的操作。'), { code: 'not-found' });
    },
    async previewMerge(names, into, asOf) {
      record('previewMerge', names, into, asOf);
      return { into, asOf: asOf ?? '2022-01-31', merged: [], after: { obligations: 0, submissions: 0, aliases: [] }, measures: [] };
    },
    async rereading() {},
    close() {
      record('close');
      fake.closed = true;
    },
  };
  return fake;
}
