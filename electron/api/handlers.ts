// The handler table: each contract channel mapped to workspace calls. Channels the workspace answers on its
// own go straight to its domain handlers; the rest need the host (dialogs, jobs, export targets). Electron main and the browser-mode
// server both dispatch through it, so the two hosts cannot drift apart.
import { basename } from 'node:path';
import { channelNames, type ChannelName, type OutputOf, type ParsedInputOf } from '../../shared/api/contract';
import { exportFileName } from '../../shared/export/file-names';
import type { PolicyRef } from '../../shared/portfolio/types';
import { displayFileName } from '../../shared/text/display-name';
import type { IsoDate } from '../../shared/types';
import { hostChannels, type ServiceChannel } from '../services/workspace-api';
import { ApiFailure } from './errors';
import type { ExportKind, HostServices } from './host';
import type { ImportJobs } from './import-jobs';
import { importSampleSet, sampleSet, type SampleSet } from './sample-set';
import { todayIso } from './today';
import type { WorkspaceSession } from './workspace-session';

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

const isServiceChannel = (c: ChannelName): c is ServiceChannel => !(hostChannels as readonly string[]).includes(c);

export interface HandlerDeps {
  session: WorkspaceSession;
  host: HostServices;
  jobs: ImportJobs;
  version: string;
  today?: () => IsoDate;
  /** Where the shipped sample set is; injectable for tests. */
  sampleSet?: () => SampleSet;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { session, host, jobs } = deps;
  const ws = () => session.current();
  const today = deps.today ?? (() => todayIso());
  const asOfOf = (asOf: IsoDate | undefined): IsoDate => asOf ?? ws().getSettings().asOf ?? today();

  /** Refuses paths the host does not let the page name (Electron: not chosen by the user in this session). */
  function checkChosen(paths: readonly string[]): void {
    const refused = host.allowsPath ? paths.find((p) => !host.allowsPath!(p)) : undefined;
    if (refused !== undefined) {
      throw new ApiFailure('forbidden', `只能使用本次通过对话框选择或拖入窗口的文件：「${displayFileName(basename(refused))}」未经选择，已拒绝`);
    }
  }

  async function switchWorkspace(path: string | undefined, create: boolean) {
    if (path !== undefined) checkChosen([path]);
    const target = path ?? (await pickWorkspace(create ? 'create' : 'open'));
    if (target === null) return null;
    session.open(target, { create });
    return ws().info();
  }

  async function pickWorkspace(kind: 'open' | 'create'): Promise<string | null> {
    if (!host.pickWorkspace) throw new ApiFailure('bad-input', '请填写工作区文件的完整路径');
    return host.pickWorkspace(kind);
  }

  /** The policy an export is about: the one asked for, else the one the workspace falls back to (its first). */
  function exportedPolicy(policy: number | undefined): PolicyRef | null {
    const { policies } = ws().info();
    return (policy === undefined ? policies[0] : policies.find((p) => p.id === policy)) ?? null;
  }

  async function exportWith(
    kind: ExportKind,
    suggestedName: string,
    write: (outPath: string) => Promise<string[]>,
  ) {
    const target = await host.exportTarget(kind, suggestedName);
    if (target === null) return { canceled: true, files: [] };
    const written = await write(target);
    return { canceled: false, files: host.exported(written) };
  }

  const service = Object.fromEntries(
    channelNames.filter(isServiceChannel).map((c) => [c, (input: unknown) => ws().call(c, input as never)]),
  ) as { [C in ServiceChannel]: Handler<C> };

  return {
    ...service,
    'app/info': () => ({ mode: host.mode, version: deps.version, nativeDialogs: Boolean(host.pickWorkspace) }),
    'workspace/open': ({ path }) => switchWorkspace(path, false),
    'workspace/create': ({ path }) => switchWorkspace(path, true),
    'documents/import': async ({ paths, role }) => {
      let files = paths;
      if (files) checkChosen(files);
      if (!files) {
        if (!host.pickImportFiles) throw new ApiFailure('bad-input', '没有选择文件');
        const picked = await host.pickImportFiles();
        if (!picked || picked.length === 0) return null;
        files = picked;
      }
      const workspace = ws();
      return jobs.start(files, (onProgress, signal) => workspace.importFiles(files, role, onProgress, signal));
    },
    'documents/import-sample': () => {
      const set = deps.sampleSet ? deps.sampleSet() : sampleSet();
      const workspace = ws();
      return jobs.start([set.policy, ...set.reports], (onProgress) =>
        importSampleSet(set, (paths, role, progress) => workspace.importFiles(paths, role, progress), onProgress),
      );
    },
    'documents/import-status': ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw new ApiFailure('not-found', '找不到这次导入任务，可能已过期');
      return job;
    },
    'documents/import-cancel': ({ jobId }) => {
      const job = jobs.cancel(jobId);
      if (!job) throw new ApiFailure('not-found', '找不到这次导入任务，可能已过期');
      return job;
    },
    // A report that becomes the policy is read as one in the import pool, off this thread.
    'documents/set-role': async ({ id, role }) => {
      const workspace = ws();
      await workspace.setDocumentRole(id, role);
      return workspace.listDocuments();
    },
    // Likewise a report that an undo makes the policy again.
    'journal/undo': (input) => ws().undo(input?.id),
    // The policies are read with the merge in the import pool, off this thread.
    'departments/merge-preview': ({ names, into, asOf }) => ws().previewMerge(names, into, asOfOf(asOf)),
    'documents/page-image': ({ id, page }) => ws().pageImage(id, page),
    'documents/original': ({ id }) => ws().originalPdf(id),
    // The as-of date defaults to the host's today, so every host and test shares one clock.
    'compliance/matrix': ({ asOf, filter, policy }) => ws().call('compliance/matrix', { asOf: asOfOf(asOf), filter, policy }),
    'compliance/compare': ({ measure, department, asOf, policy }) => ws().call('compliance/compare', { measure, department, asOf: asOfOf(asOf), policy }),
    'portfolio/overview': (input) => ws().call('portfolio/overview', { asOf: asOfOf(input?.asOf) }),
    'departments/page': ({ name, asOf }) => ws().call('departments/page', { name, asOf: asOfOf(asOf) }),
    'export/report': ({ asOf, options, policy }) => {
      const date = asOfOf(asOf);
      const name = policy === 'all' ? exportFileName('督查通报', null, date, 'docx') : exportFileName('督查报告', exportedPolicy(policy), date, 'docx');
      return exportWith('report', name, async (out) => [await ws().exportReport(out, date, options, policy)]);
    },
    'export/notices': ({ asOf, options }) => {
      const date = asOfOf(asOf);
      // Notices of one policy carry it in their name; those across every policy name none.
      const policy = options.policy === undefined ? null : exportedPolicy(options.policy);
      return options.split
        ? exportWith('notices-split', exportFileName('催办通知', policy, date, ''), (out) => ws().exportNotices(out, date, options))
        : exportWith('notices', exportFileName('催办通知', policy, date, 'docx'), (out) => ws().exportNotices(out, date, options));
    },
    'export/xlsx': ({ asOf, policy }) => {
      const date = asOfOf(asOf);
      return exportWith('xlsx', exportFileName('落实情况', exportedPolicy(policy), date, 'xlsx'), async (out) => [await ws().exportWorkbook(out, date, policy)]);
    },
  };
}
