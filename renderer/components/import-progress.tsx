// The progress of an import batch, and when it is over, its outcome as it was: the bar shows the files that failed
// in red beside those that were read, the words say how many, and every file has its line.
import type { ImportState } from '../lib/use-importer';

/** A "policy" refused because nothing in it reads as a duty may be a report: offer that. */
const MAYBE_REPORT = new Set(['no-measures', 'no-responsibilities']);

export function ImportProgress({ state, onAsReport, onCancel }: { state: ImportState; onAsReport?: (path: string) => void; onCancel?: () => void }) {
  if (state.phase === 'idle') return null;
  const ok = state.results.filter((r) => r.ok).length;
  const failed = state.results.length - ok;
  const total = Math.max(state.total, state.results.length);
  const running = state.phase === 'uploading' || state.phase === 'importing';
  const pct = total ? Math.round((state.done / total) * 100) : 0;
  const outcome = state.phase === 'done' ? (failed === 0 ? 'ok' : ok === 0 ? 'failed' : 'partial') : state.phase;
  const label =
    state.phase === 'uploading'
      ? `正在上传 ${state.done}/${state.total}：${state.file}`
      : state.phase === 'importing'
        ? `正在导入 ${state.done}/${state.total}${state.file ? `：${state.file}` : ''}${state.page ? `（文字识别：已完成 ${state.page.done}/${state.page.total} 页）` : ''}`
        : state.phase === 'failed'
          ? '导入失败'
          : failed === 0
            ? `导入完成：${ok} 个文件全部成功`
            : ok === 0
              ? `导入失败：${failed} 个文件都没有导入，原因见下`
              : `部分导入：成功 ${ok} 个，失败 ${failed} 个，原因见下`;
  return (
    <div className="import-progress" data-testid="import-progress" data-phase={state.phase} data-outcome={outcome} data-failed={failed}>
      <div className={`progress-label outcome-${outcome}`} data-testid="import-progress-label">
        {label}
        {state.phase === 'importing' && onCancel && (
          <button type="button" className="link small" onClick={onCancel} disabled={state.cancelling} data-testid="import-cancel">
            {state.cancelling ? '正在停止…' : '停止导入'}
          </button>
        )}
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label="导入进度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={running ? pct : 100}
        aria-valuetext={label}
      >
        {running ? (
          <div className="progress-bar" style={{ width: `${pct}%` }} />
        ) : state.phase === 'failed' ? (
          <div className="progress-bar failed" style={{ width: '100%' }} />
        ) : (
          <>
            <div className="progress-bar" style={{ width: `${total ? (ok / total) * 100 : 100}%` }} />
            <div className="progress-bar failed" style={{ width: `${total ? (failed / total) * 100 : 0}%` }} data-testid="progress-failed" />
          </>
        )}
      </div>
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      {state.results.length > 0 && (
        <ul className="import-results" tabIndex={0} aria-label="每个文件的导入结果">
          {[...state.results.map((r, at) => ({ r, path: state.paths[at] }))]
            .sort((a, b) => Number(a.r.ok) - Number(b.r.ok))
            .map(({ r, path }, i) => (
            <li key={i} className={r.ok ? 'ok' : 'failed'} data-testid="import-result" data-ok={String(r.ok)}>
              <span className="result-icon" aria-hidden="true">
                {r.ok ? '✓' : '✗'}
              </span>
              <span className="result-file">{r.file}</span>
              <span className="result-text">
                {r.ok
                  ? r.duplicate
                    ? '内容已在工作区中，未重复导入'
                    : r.role === 'policy'
                      ? '已作为政策文件导入'
                      : '已作为落实报告导入'
                  : `未导入：${r.error?.message ?? '原因不明'}`}
                {r.warnings?.length ? <span className="warn-text">（{r.warnings.join('；')}）</span> : null}
                {!r.ok && r.error && MAYBE_REPORT.has(r.error.code) && path && onAsReport && (
                  <button type="button" className="link small" onClick={() => onAsReport(path)} data-testid="import-as-report">
                    作为落实报告导入
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
