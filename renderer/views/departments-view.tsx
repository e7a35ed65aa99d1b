// 部门: the names the policy and reports use for each department; merge, split and mark generic actors.
import { useMemo, useState } from 'react';
import type { ApiResult } from '../../shared/api/result';
import type { DepartmentRow } from '../../shared/views';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { HistoryList } from '../components/history-list';
import { Modal } from '../components/modal';
import { useAsync } from '../lib/use-async';

export function DepartmentsView() {
  const { client, dataVersion, dataChanged, notify } = useApp();
  const rows = useAsync(() => unwrap(client.call('departments/list', {})), [dataVersion]);
  const [selected, setSelected] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [merging, setMerging] = useState(false);

  const apply = async (run: () => Promise<ApiResult<unknown>>, done: string) => {
    const r = await run();
    if (!r.ok) return notify('error', r.error.message);
    setSelected([]);
    dataChanged();
    notify('success', done);
  };

  const list = useMemo(() => {
    const all = rows.data ?? [];
    const f = filter.trim();
    const shown = f ? all.filter((d) => d.canonical.includes(f) || d.aliases.some((a) => a.includes(f))) : all;
    return [...shown].sort((a, b) => Number(a.generic) - Number(b.generic) || b.obligations - a.obligations || a.canonical.localeCompare(b.canonical, 'zh-CN'));
  }, [rows.data, filter]);

  const toggle = (name: string) => setSelected((s) => (s.includes(name) ? s.filter((x) => x !== name) : [...s, name]));

  return (
    <div className="view departments-view">
      <div className="toolbar">
        <input type="search" placeholder="查找部门或别名" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="查找部门" />
        <span className="muted">已选 {selected.length} 个</span>
        <button type="button" disabled={selected.length < 1} onClick={() => setMerging(true)} data-testid="merge-open">
          合并为…
        </button>
        {selected.length > 0 && (
          <button type="button" className="link" onClick={() => setSelected([])}>清除选择</button>
        )}
        <span className="hint">同一部门的全称、简称、旧称应合并为一个；“各镇街”“有关部门”之类应设为泛指。</span>
      </div>
      {rows.error && <p className="error">{rows.error}</p>}
      <div className="list-scroll">
        <table className="table departments-table" data-testid="departments-table">
          <thead>
            <tr>
              <th style={{ width: 36 }} />
              <th style={{ width: 240 }}>部门（规范名称）</th>
              <th>别名</th>
              <th style={{ width: 70 }}>任务</th>
              <th style={{ width: 70 }}>报告</th>
              <th style={{ width: 110 }}>泛指</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <DepartmentLine
                key={d.canonical}
                row={d}
                checked={selected.includes(d.canonical)}
                onToggle={() => toggle(d.canonical)}
                onSplit={(alias) => apply(() => client.call('departments/split', { alias }), `已拆分：${alias} 成为独立部门`)}
                onGeneric={(generic) =>
                  apply(() => client.call('departments/set-generic', { name: d.canonical, generic }), generic ? `已将 ${d.canonical} 设为泛指` : `已取消 ${d.canonical} 的泛指`)
                }
              />
            ))}
          </tbody>
        </table>
        {list.length === 0 && !rows.loading && <p className="empty">还没有部门：导入政策文件后这里会列出它点名的部门。</p>}
      </div>
      {merging && (
        <MergeDialog
          names={selected}
          onClose={() => setMerging(false)}
          onMerge={async (into) => {
            setMerging(false);
            await apply(() => client.call('departments/merge', { names: selected, into }), `已合并为 ${into}`);
          }}
        />
      )}
    </div>
  );
}

function DepartmentLine({ row, checked, onToggle, onSplit, onGeneric }: { row: DepartmentRow; checked: boolean; onToggle: () => void; onSplit: (alias: string) => void; onGeneric: (generic: boolean) => void }) {
  const [history, setHistory] = useState(false);
  return (
    <tr className={row.generic ? 'generic' : ''} data-testid={`dept-row-${row.canonical}`}>
      <td>
        <input type="checkbox" checked={checked} onChange={onToggle} aria-label={`选择 ${row.canonical}`} />
      </td>
      <td className="dept-name">{row.canonical}</td>
      <td>
        <div className="alias-chips">
          {row.aliases.length === 0 && <span className="muted">—</span>}
          {row.aliases.map((a) => (
            <span key={a} className="alias-chip" data-testid="alias">
              {a}
              <button type="button" className="link small" title={`把“${a}”拆分为独立部门`} onClick={() => onSplit(a)}>
                拆分
              </button>
            </span>
          ))}
        </div>
      </td>
      <td>{row.obligations || <span className="muted">0</span>}</td>
      <td>{row.submissions || <span className="muted">0</span>}</td>
      <td>
        <button type="button" className={`link small${row.generic ? ' on' : ''}`} onClick={() => onGeneric(!row.generic)}>
          {row.generic ? '取消泛指' : '设为泛指'}
        </button>
        <button type="button" className="link small" onClick={() => setHistory((v) => !v)} data-testid="dept-history">
          历史
        </button>
        {history && (
          <Modal title={`${row.canonical}的操作记录`} onClose={() => setHistory(false)} wide>
            <HistoryList filter={{ department: row.canonical }} />
          </Modal>
        )}
      </td>
    </tr>
  );
}

function MergeDialog({ names, onClose, onMerge }: { names: string[]; onClose: () => void; onMerge: (into: string) => void }) {
  // The longest name is usually the full official one.
  const [into, setInto] = useState(() => [...names].sort((a, b) => b.length - a.length)[0] ?? '');
  return (
    <Modal title="合并部门名称" onClose={onClose}>
      <p className="hint">把以下名称合并为同一个部门：{names.join('、')}</p>
      <label className="field">
        <span>合并后的规范名称（可从所选中挑选，也可以输入新名称）</span>
        <input type="text" list="merge-names" value={into} onChange={(e) => setInto(e.target.value)} data-testid="merge-into" />
        <datalist id="merge-names">
          {names.map((n) => <option key={n} value={n} />)}
        </datalist>
      </label>
      <div className="actions">
        <button type="button" disabled={!into.trim()} onClick={() => onMerge(into.trim())} data-testid="merge-go">
          合并
        </button>
        <button type="button" className="secondary" onClick={onClose}>取消</button>
      </div>
    </Modal>
  );
}
