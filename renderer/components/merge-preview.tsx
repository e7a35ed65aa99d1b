// Before a merge is made: what it will change, as of the as-of date — each department's duties and reports now,
// the one department afterwards, and every measure whose status changes.
import { useEffect, useState } from 'react';
import type { MergePreview } from '../../shared/merge-preview';
import { useApp } from '../app-context';
import { formatDate } from '../lib/dates';
import { STATUS_LABEL } from '../lib/status';
import { useMeasureCitations } from '../lib/use-measure-citations';

export function MergePreviewPanel({ names, into }: { names: string[]; into: string }) {
  const { client, asOf } = useApp();
  const cite = useMeasureCitations();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const target = into.trim();

  // Worked out again once the name has stopped changing for a moment.
  useEffect(() => {
    if (!target) return setPreview(null);
    let live = true;
    const timer = setTimeout(async () => {
      const r = await client.call('departments/merge-preview', { names, into: target, asOf });
      if (!live) return;
      if (r.ok) {
        setPreview(r.value);
        setError(null);
      } else setError(r.error.message);
    }, 350);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, names.join('|'), target, asOf]);

  if (error) return <p className="error">{error}</p>;
  if (!preview || preview.into !== target) return <p className="muted small">正在预览合并结果…</p>;
  const changed = preview.measures.filter((m) => m.before.length !== 1 || m.before[0].status !== m.after || m.before[0].department !== preview.into);
  return (
    <section className="merge-preview" data-testid="merge-preview" aria-label="合并预览">
      <h3>合并后会怎样（截至 {formatDate(preview.asOf)}）</h3>
      <ul className="merge-preview-names">
        {preview.merged.map((m) => (
          <li key={m.name}>
            {m.name}：任务 {m.obligations} 项，报告 {m.submissions} 份
          </li>
        ))}
        <li className="merge-preview-after">
          → {preview.into}：任务 <b data-testid="merge-preview-obligations">{preview.after.obligations}</b> 项，报告 {preview.after.submissions} 份
          {preview.after.aliases.length > 0 && <span className="muted">（别名：{preview.after.aliases.join('、')}）</span>}
        </li>
      </ul>
      {changed.length > 0 ? (
        <table className="table merge-preview-table">
          <thead>
            <tr>
              <th style={{ width: 64 }}>措施</th>
              <th>现在</th>
              <th style={{ width: 90 }}>合并后</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((m) => (
              <tr key={`${m.policy ?? ''}|${m.measure}`} data-testid="merge-preview-measure">
                <td>
                  <span className="measure-ref" title={m.title}>
                    {cite(m.policy, m.measure)}
                  </span>
                </td>
                <td>{m.before.length ? m.before.map((b) => `${b.department} ${STATUS_LABEL[b.status]}`).join('；') : '—'}</td>
                <td>{m.after ? STATUS_LABEL[m.after] : '无此任务'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted small">各条措施的落实状态不变。</p>
      )}
    </section>
  );
}
