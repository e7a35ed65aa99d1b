// 导入记录: every import batch kept in the workspace, newest first: when, how many files, the outcome, and the
// reason each failed file was not imported.
import { useState } from 'react';
import type { ImportBatchRecord } from '../../shared/records';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { formatDateTime } from '../lib/dates';
import { useAsync } from '../lib/use-async';

const ROLE_WORDS: Record<ImportBatchRecord['role'], string> = { policy: '政策文件', submission: '落实报告', auto: '自动识别' };

function outcome(b: ImportBatchRecord): { text: string; kind: 'ok' | 'partial' | 'failed' } {
  if (b.failed === 0) return { text: `${b.imported} 个全部成功`, kind: 'ok' };
  if (b.imported === 0) return { text: `${b.failed} 个全部失败`, kind: 'failed' };
  return { text: `成功 ${b.imported} 个，失败 ${b.failed} 个`, kind: 'partial' };
}

export function ImportHistory() {
  const { client, dataVersion } = useApp();
  const history = useAsync(() => unwrap(client.call('documents/import-history', {})), [dataVersion]);
  const [open, setOpen] = useState<number | null>(null);
  const batches = history.data ?? [];
  if (history.error) return <p className="error">{history.error}</p>;
  if (batches.length === 0) return null;
  return (
    <section className="panel import-history" data-testid="import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">
        导入记录 <span className="count">{batches.length}</span>
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th style={{ width: 180 }}>时间</th>
            <th style={{ width: 100 }}>类型</th>
            <th style={{ width: 70 }}>文件数</th>
            <th>结果</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => {
            const o = outcome(b);
            const failures = b.files.filter((f) => !f.ok);
            return (
              <tr key={b.id} data-testid="import-batch" data-failed={b.failed}>
                <td>
                  <span className="date">{formatDateTime(b.startedAt)}</span>
                </td>
                <td>{ROLE_WORDS[b.role]}</td>
                <td>{b.total}</td>
                <td>
                  <span className={`outcome outcome-${o.kind}`}>{o.text}</span>
                  {failures.length > 0 && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link small"
                        aria-expanded={open === b.id}
                        onClick={() => setOpen((x) => (x === b.id ? null : b.id))}
                      >
                        {open === b.id ? '收起原因' : '查看原因'}
                      </button>
                      {open === b.id && (
                        <ul className="history-failures" data-testid="import-batch-failures">
                          {failures.map((f, i) => (
                            <li key={i}>
                              <b>{f.file}</b>：{f.error?.message ?? '原因不明'}
                            </li>
                          ))}
                        </ul>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
