// The workbench shell: navigation on the left, the top bar, and the current view.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkspaceInfo } from '../shared/views';
import type { MenuCommand } from '../shared/api/channels';
import { AppContext, type AppState, type CompareTarget, type Notice, type NoticeAction, type PolicyChoice, type ViewName } from './app-context';
import type { ApiClient } from './api/client';
import { ConnectionBanner } from './components/connection-banner';
import { Nav } from './components/nav';
import { Notices } from './components/notices';
import { TopBar } from './components/top-bar';
import { todayIso } from './lib/dates';
import { useImporter } from './lib/use-importer';
import { effectiveChoice, loadChoice, saveChoice } from './lib/policy-choice';
import { CompareView } from './views/compare-view';
import { DepartmentPageView } from './views/department-page';
import { DepartmentsView } from './views/departments-view';
import { DocumentsView } from './views/documents-view';
import { HelpView } from './views/help-view';
import { MatrixView } from './views/matrix-view';
import { OverviewView } from './views/overview-view';
import { PolicyView } from './views/policy-view';
import { SearchView } from './views/search-view';
import { HistoryView } from './views/history-view';
import { focusMainContent } from './lib/focus';

/** How often the window asks how far the reports' re-reading after a correction has got. */
const REREADING_POLL_MS = 300;

/** Views where the office edits; Ctrl+Z there undoes the last change. */
const EDITING_VIEWS = new Set<ViewName>(['documents', 'policy', 'compare', 'departments', 'department', 'history', 'matrix']);

export function App({ client }: { client: ApiClient }) {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const [view, setView] = useState<ViewName>('documents');
  const [compareTarget, setCompareTarget] = useState<CompareTarget | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const [lastCompared, setLastCompared] = useState<CompareTarget | null>(null);
  useEffect(() => {
    if (compareTarget) setLastCompared(compareTarget);
  }, [compareTarget]);
  const [storedChoice, setStoredChoice] = useState<{ workspace: string; choice: PolicyChoice } | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [menuCommand, setMenuCommand] = useState<{ command: MenuCommand; at: number } | null>(null);
  const noticeId = useRef(0);

  const notify = useCallback((kind: Notice['kind'], text: string, action?: NoticeAction) => {
    const id = ++noticeId.current;
    setNotices((list) => [...list.slice(-3), { id, kind, text, action }]);
    // A notice with something to do stays long enough to do it.
    if (kind !== 'error') setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), action ? 15000 : 5000);
  }, []);

  // The re-readings the views were last fetched after: one that ended since (it may have run before the answer to the
  // change was read, and ended before the window asked how it stood) has every view fetched again.
  const rereadsSeen = useRef<number | undefined>(undefined);
  const loadInfo = useCallback(async () => {
    const r = await client.call('workspace/info', {});
    if (r.ok) {
      setInfo(r.value);
      setFatal(null);
      const done = r.value.rereadsDone;
      const ended = rereadsSeen.current !== undefined && done !== undefined && done !== rereadsSeen.current && !r.value.rereading;
      if (!r.value.rereading) rereadsSeen.current = done;
      if (ended) setDataVersion((v) => v + 1);
    } else setFatal(r.error.message);
  }, [client]);

  useEffect(() => {
    void loadInfo();
  }, [loadInfo, dataVersion]);

  // After a correction the workspace reads its reports again in slices: while it does, the window follows its progress,
  // and once it is done every view is fetched again, so none stays on the readings from before the change.
  const rereading = info?.rereading;
  useEffect(() => {
    if (!rereading) return;
    const timer = setTimeout(async () => {
      const r = await client.call('workspace/info', {});
      if (!r.ok) return;
      if (r.value.rereading) setInfo(r.value);
      else {
        rereadsSeen.current = r.value.rereadsDone;
        setDataVersion((v) => v + 1);
      }
    }, REREADING_POLL_MS);
    return () => clearTimeout(timer);
  }, [client, rereading]);

  useEffect(() => client.onMenuCommand((command) => setMenuCommand({ command, at: Date.now() })), [client]);

  const importer = useImporter(client, (job) => {
    setDataVersion((v) => v + 1);
    if (job.error) notify('error', job.error.message);
    else if (job.result) {
      const { imported, failed } = job.result;
      notify(failed ? 'error' : 'success', `导入完成：成功 ${imported} 个${failed ? `，失败 ${failed} 个` : ''}`);
    }
  });

  useEffect(() => {
    if (menuCommand?.command !== 'import-files') return;
    setView('documents');
    void importer.importViaDialog('auto');
    // Runs once per menu click; the importer itself is stable enough to leave out.
  }, [menuCommand]);

  // A workspace without a policy has nothing to show but its documents.
  const workspacePath = info?.path;
  const hasPolicy = info?.hasPolicy;
  useEffect(() => {
    if (workspacePath && !hasPolicy) setView((v) => (v === 'help' ? v : 'documents'));
  }, [workspacePath, hasPolicy]);
  // A workspace opened with a policy in it starts on 总览; importing into an open one stays where the user is.
  const openedPath = useRef<string | null>(null);
  useEffect(() => {
    if (!workspacePath || openedPath.current === workspacePath) return;
    openedPath.current = workspacePath;
    if (hasPolicy) setView((v) => (v === 'documents' ? 'overview' : v));
  }, [workspacePath, hasPolicy]);

  // The policy filter, kept per workspace until the window closes; a workspace opened again starts from its own.
  const policies = useMemo(() => info?.policies ?? [], [info]);
  const policyChoice = useMemo(() => {
    const stored = workspacePath ? (storedChoice?.workspace === workspacePath ? storedChoice.choice : loadChoice(workspacePath)) : null;
    return effectiveChoice(policies, stored);
  }, [policies, storedChoice, workspacePath]);
  const choosePolicy = useCallback(
    (choice: PolicyChoice) => {
      if (!workspacePath) return;
      saveChoice(workspacePath, choice);
      setStoredChoice({ workspace: workspacePath, choice });
    },
    [workspacePath],
  );

  const state = useMemo<AppState>(
    () => ({
      client,
      info,
      asOf: info?.settings.asOf ?? todayIso(),
      dataVersion,
      dataChanged: () => setDataVersion((v) => v + 1),
      policies,
      policyChoice,
      choosePolicy,
      policyId: policyChoice === 'all' ? undefined : policyChoice,
      view,
      compareTarget,
      navigate: (next, target) => {
        // 对照 without a target is the picker, whatever was compared before.
        if (next === 'compare') setCompareTarget(target ?? null);
        else if (target) setCompareTarget(target);
        setView(next);
      },
      lastCompared,
      department,
      openDepartment: (name) => {
        setDepartment(name);
        setView('department');
      },
      notify,
      importer,
    }),
    [client, info, dataVersion, policies, policyChoice, choosePolicy, view, compareTarget, lastCompared, department, notify, importer],
  );

  // Ctrl+Z (⌘Z) outside a text field undoes the workspace's last change, itself journaled.
  useEffect(() => {
    const onKey = async (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.key.toLowerCase() !== 'z') return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (!EDITING_VIEWS.has(view) || !info?.path) return;
      e.preventDefault();
      const r = await client.call('journal/undo', {});
      if (!r.ok) return notify('error', r.error.message);
      notify('success', `已撤销：${r.value.summary.replace(/^撤销：/, '')}`);
      setDataVersion((v) => v + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client, view, info?.path, notify]);

  const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));

  return (
    <AppContext.Provider value={state}>
      <div
        className="shell"
        // Dropping a file anywhere but the import zone must not make the window open it.
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => e.preventDefault()}
      >
        <a className="skip-link" href="#main-content" data-testid="skip-link" onClick={(e) => { e.preventDefault(); focusMainContent(); }}>
          跳到正文
        </a>
        <Nav />
        <div className="main">
          <TopBar menuCommand={menuCommand} />
          <ConnectionBanner connection={client.connection} mode={client.mode} />
          {rereading && (
            <div className="rereading-note" role="status" data-testid="rereading">
              正在按更正重新对照报告：{rereading.done} / {rereading.total}，完成后各页自动更新
            </div>
          )}
          {fatal ? (
            <div className="fatal" role="alert">
              {fatal}
            </div>
          ) : !info ? (
            <div className="loading">正在打开工作区…</div>
          ) : (
            <main className="content" id="main-content" tabIndex={-1} aria-label="正文" data-view={view}>
              {view === 'overview' && <OverviewView />}
              {view === 'department' && <DepartmentPageView />}
              {view === 'documents' && <DocumentsView />}
              {view === 'policy' && <PolicyView />}
              {view === 'matrix' && <MatrixView />}
              {view === 'compare' && <CompareView />}
              {view === 'search' && <SearchView />}
              {view === 'departments' && <DepartmentsView />}
              {view === 'help' && <HelpView />}
              {view === 'history' && <HistoryView />}
            </main>
          )}
          <Notices notices={notices} onDismiss={dismiss} />
        </div>
      </div>
    </AppContext.Provider>
  );
}
