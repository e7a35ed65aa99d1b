// The journal as a table: when, who, what; each change with its undo button (or why it cannot be undone).
import type { JournalEntry, JournalFilter, JournalKind } from '../../shared/views';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { JOURNAL_KIND_LABEL } from '../../shared/api/field-labels';
import { formatDateTime } from '../lib/dates';
import { useAsync } from '../lib/use-async';

export const KIND_LABEL: Record<JournalKind, string> = JOURNAL_KIND_LABEL;

export function HistoryList({ filter, compact }: { filter: JournalFilter; compact?: boolean }) {
  const { client, dataVersion, dataChanged, notify } = useApp();
  const entries = useAsync(() => unwrap(client.call('journal/list', { filter })), [dataVersion, JSON.stringify(filter)]);

  const undo = async (e: JournalEntry) => {
    const r = await client.call('journal/undo', { id: e.id });
    if (!r.ok) return notify('error', r.error.message);
    notify('success', `已撤销：${e.summary}`);
    dataChanged();
  };

  if (entries.error) return <p className="error">{entries.error}</p>;
  const list = entries.data ?? [];
  if (!entries.loading && list.length === 0) return <p className="empty">没有符合条件的操作记录。</p>;
  return (
    <table className={`table history-table${compact ? ' compact' : ''}`} data-testid="history-table">
      <thead>
        <tr>
          <th style={{ width: 176 }}>时间</th>
          {!compact && <th style={{ width: 90 }}>操作人</th>}
          <th style={{ width: 80 }}>类别</th>
          <th>内容</th>
          <th style={{ width: 70 }} />
        </tr>
      </thead>
      <tbody>
        {list.map((e) => (
          <tr key={e.id} data-testid="history-row" data-kind={e.kind} className={e.undoneBy ? 'undone' : ''}>
            <td className="history-time" data-testid="history-time">{formatDateTime(e.at)}</td>
            {!compact && <td>{e.who || '—'}</td>}
            <td>{KIND_LABEL[e.kind]}</td>
            <td>
              {e.summary}
              {e.undoneBy !== null && <span className="tag tag-muted">已撤销</span>}
            </td>
            <td>
              {e.kind !== 'undo' && e.undoneBy === null && (
                <button type="button" className="link small" disabled={!e.undoable} title={e.blockedBy ?? '撤销这项修改'} onClick={() => undo(e)} data-testid="history-undo">
                  撤销
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
