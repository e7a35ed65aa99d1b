import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../shared/api/contract';
import type { ImportJob } from '../../shared/api/contract';
import { createFakeWorkspace, type FakeWorkspace } from './__fixtures__/fake-workspace';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { HostServices } from './host';
import { createImportJobs } from './import-jobs';
import { createWorkspaceSession, type WorkspaceSession } from './workspace-session';

let dir: string;
let opened: FakeWorkspace[];
let session: WorkspaceSession;
let dispatch: Dispatch;
let exportedPaths: string[][];

function setup(host: Partial<HostServices> = {}) {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-handlers-'));
  opened = [];
  exportedPaths = [];
  session = createWorkspaceSession({
    openWorkspace: (path) => {
      const ws = createFakeWorkspace(path);
      writeFileSync(path, '');
      opened.push(ws);
      return ws;
    },
    initialPath: join(dir, 'a.sqlite'),
  });
  const handlers = createHandlers({
    session,
    jobs: createImportJobs(),
    version: '9.9.9',
    today: () => '2021-12-15',
    host: {
      mode: 'browser',
      exportTarget: async (_kind, name) => join(dir, name),
      exported: (paths) => {
        exportedPaths.push(paths);
        return paths.map((p) => ({ name: p, path: p }));
      },
      ...host,
    },
  });
  dispatch = createDispatch(handlers);
  return handlers;
}

const current = () => opened[opened.length - 1];

async function waitForJob(job: ImportJob): Promise<ImportJob> {
  for (let i = 0; i < 200; i++) {
    const r = await dispatch('documents/import-status', { jobId: job.id });
    if (!r.ok) throw new Error(r.error.message);
    const state = r.value as ImportJob;
    if (state.finished) return state;
    await new Promise((res) => setTimeout(res, 5));
  }
  throw new Error('job did not finish');
}

describe('handler table', () => {
  beforeEach(() => setup());

  it('has a handler for every contract channel and nothing else', () => {
    const handlers = setup();
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });

  it('refuses an unknown channel as a value', async () => {
    const r = await dispatch('documents/format-disk', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each([
    ['documents/get', { id: 'x' }],
    ['documents/get', { id: 1, extra: true }],
    ['compliance/matrix', { asOf: '2021-02-30' }],
    ['compliance/matrix', { filter: { statuses: ['done'] } }],
    ['search/query', { query: '   ' }],
    ['departments/merge', { names: [], into: '区人社局' }],
    ['documents/import', { paths: ['/a.txt'], role: 'everything' }],
    ['export/notices', { options: {} }],
    ['workspace/info', { sneaky: 1 }],
  ])('refuses bad input on %s', async (channel, input) => {
    const r = await dispatch(channel, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad-input');
      expect(r.error.message).toMatch(/不正确/);
      // The user's words only: no parameter name, no enum value, no type name.
      expect(r.error.message).not.toMatch(/[A-Za-z]{2,}/);
    }
    // Nothing reached the workspace beyond what the session itself did.
    expect(current().calls.filter((c) => c.method !== 'info')).toEqual([]);
  });

  it('passes validated input through and wraps the value', async () => {
    const r = await dispatch('compliance/matrix', { asOf: '2021-12-01', filter: { statuses: ['missing'] } });
    expect(r.ok).toBe(true);
    expect(current().calls.at(-1)).toEqual({ method: 'compliance', args: ['2021-12-01', { statuses: ['missing'] }] });
  });

  it('passes the policy named to the matrix and the comparison', async () => {
    await dispatch('compliance/matrix', { asOf: '2021-12-01', policy: 7 });
    expect(current().calls.slice(-2)).toEqual([
      { method: 'policy', args: [7] },
      { method: 'compliance', args: ['2021-12-01', undefined] },
    ]);
    await dispatch('compliance/compare', { measure: 1, department: '区人社局', policy: 9 });
    expect(current().calls.at(-2)).toEqual({ method: 'policy', args: [9] });
  });

  it('has a report made the policy, an undo and a merge preview answered by the workspace’s methods that read off the thread', async () => {
    const role = await dispatch('documents/set-role', { id: 3, role: 'policy' });
    expect(role.ok).toBe(true);
    expect(current().calls.some((c) => c.method === 'setDocumentRole' && c.args[0] === 3 && c.args[1] === 'policy')).toBe(true);
    const preview = await dispatch('departments/merge-preview', { names: ['区人社局'], into: '区人力资源社会保障局' });
    expect(preview.ok).toBe(true);
    // The as-of date falls back on the host's today, as the matrix's does.
    expect(current().calls.at(-1)).toEqual({ method: 'previewMerge', args: [['区人社局'], '区人力资源社会保障局', '2021-12-15'] });
    // The undo's refusal comes back as the channel's failure, with its message.
    const undone = await dispatch('journal/undo', { id: 4 });
    expect(current().calls.at(-1)).toEqual({ method: 'undo', args: [4] });
    expect(undone).toMatchObject({ ok: false, error: { code: 'not-found', message: '没有可以撤销的操作。' } });
  });

  it('takes asOf from the settings, then from today', async () => {
    await dispatch('compliance/matrix', {});
    expect(current().calls.at(-1)?.args[0]).toBe('2021-12-15');
    await dispatch('settings/set', { asOf: '2021-11-01' });
    await dispatch('compliance/compare', { measure: 1, department: '区人社局' });
    expect(current().calls.at(-1)).toEqual({ method: 'compare', args: [1, '区人社局', '2021-11-01'] });
  });

  it('turns a thrown service error into an error value', async () => {
    current().search = () => {
      throw new Error('索引损坏');
    };
    const r = await dispatch('search/query', { query: '养老' });
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: '索引损坏' } });
  });

  it('returns the refreshed department table after a merge', async () => {
    const r = await dispatch('departments/merge', { names: ['区人社局'], into: '区人力资源和社会保障局' });
    expect(r.ok && (r.value as { canonical: string }[]).map((d) => d.canonical)).toContain('区人力资源和社会保障局');
  });

  it('runs an import as a job and reports per-file results', async () => {
    const r = await dispatch('documents/import', { paths: ['/x/政策.txt', '/x/坏.txt'], role: 'auto' });
    expect(r.ok).toBe(true);
    const finished = await waitForJob(r.ok ? (r.value as ImportJob) : (null as never));
    expect(finished.done).toBe(2);
    expect(finished.result?.imported).toBe(1);
    expect(finished.result?.results[1]).toMatchObject({ ok: false, error: { code: 'no-text' } });
  });

  it('asks for a path in browser mode instead of opening a dialog', async () => {
    const r = await dispatch('workspace/open', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const imp = await dispatch('documents/import', { role: 'policy' });
    expect(imp).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('opens and creates workspaces, refusing the wrong one', async () => {
    const missing = await dispatch('workspace/open', { path: join(dir, 'none.sqlite') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const created = await dispatch('workspace/create', { path: join(dir, 'sub', 'b.sqlite') });
    expect(created.ok && (created.value as { path: string }).path).toBe(join(dir, 'sub', 'b.sqlite'));
    expect(opened[0].closed).toBe(true);
    const again = await dispatch('workspace/create', { path: join(dir, 'sub', 'b.sqlite') });
    expect(again).toMatchObject({ ok: false, error: { code: 'exists' } });
    const back = await dispatch('workspace/open', { path: join(dir, 'a.sqlite') });
    expect(back.ok).toBe(true);
    expect(session.path()).toBe(join(dir, 'a.sqlite'));
  });

  it('writes exports where the host says and hands them back', async () => {
    const r = await dispatch('export/notices', { asOf: '2021-12-20', options: { replyBy: '2021-12-25' } });
    expect(r.ok).toBe(true);
    const file = join(dir, '催办通知-2021-12-20.docx');
    expect(existsSync(file)).toBe(true);
    expect(exportedPaths).toEqual([[file]]);
  });

  it('writes the Excel workbook under its own name, as of the date asked', async () => {
    const kinds: string[] = [];
    setup({
      exportTarget: async (kind, name) => {
        kinds.push(`${kind}:${name}`);
        return join(dir, name);
      },
    });
    const r = await dispatch('export/xlsx', { asOf: '2021-12-20' });
    expect(r.ok).toBe(true);
    expect(kinds).toEqual(['xlsx:落实情况-2021-12-20.xlsx']);
    expect(existsSync(join(dir, '落实情况-2021-12-20.xlsx'))).toBe(true);
  });

  it('names the policy an export is about, so two policies exported on one day do not share a name', async () => {
    const kinds: string[] = [];
    setup({
      exportTarget: async (kind, name) => {
        kinds.push(`${kind}:${name}`);
        return join(dir, name);
      },
    });
    const job = await dispatch('documents/import', { paths: [join(dir, 'p.txt')], role: 'policy' });
    await waitForJob((job as { ok: true; value: ImportJob }).value);
    await dispatch('export/xlsx', { asOf: '2021-12-20', policy: 1 });
    await dispatch('export/report', { asOf: '2021-12-20', policy: 1 });
    await dispatch('export/report', { asOf: '2021-12-20' });
    await dispatch('export/report', { asOf: '2021-12-20', policy: 'all' });
    expect(kinds).toEqual([
      'xlsx:落实情况-测试的实施意见-2021-12-20.xlsx',
      'report:督查报告-测试的实施意见-2021-12-20.docx',
      'report:督查报告-测试的实施意见-2021-12-20.docx',
      'report:督查通报-2021-12-20.docx',
    ]);
  });
});

describe('split notices', () => {
  it('asks the host for a folder when each department gets its own file', async () => {
    const kinds: string[] = [];
    setup({
      exportTarget: async (kind, name) => {
        kinds.push(`${kind}:${name}`);
        return join(dir, name);
      },
    });
    await dispatch('export/notices', { asOf: '2021-12-20', options: { replyBy: '2021-12-25', split: true } });
    await dispatch('export/notices', { asOf: '2021-12-20', options: { replyBy: '2021-12-25' } });
    expect(kinds).toEqual(['notices-split:催办通知-2021-12-20', 'notices:催办通知-2021-12-20.docx']);
  });
});

describe('hosts with native dialogs', () => {
  it('uses the dialogs and treats a cancel as null', async () => {
    setup({ pickWorkspace: async () => null, pickImportFiles: async () => null, exportTarget: async () => null });
    expect(await dispatch('workspace/open', {})).toEqual({ ok: true, value: null });
    expect(await dispatch('documents/import', { role: 'submission' })).toEqual({ ok: true, value: null });
    expect(await dispatch('export/report', {})).toEqual({ ok: true, value: { canceled: true, files: [] } });
    expect(await dispatch('app/info', undefined)).toEqual({
      ok: true,
      value: { mode: 'browser', version: '9.9.9', nativeDialogs: true },
    });
  });
});
