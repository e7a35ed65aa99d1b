// 导出催办通知: choose the departments (leave out a body that is not a government department), read each notice
// before it is written, and see who was chased before and when. With one policy chosen in the top bar, the notices
// are that policy's alone, as the report and the workbook are; with 全部政策, each covers every policy.
import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { addDays, formatDate, todayIso } from '../lib/dates';
import { useAsync } from '../lib/use-async';
import { useMeasureCitations } from '../lib/use-measure-citations';
import type { NoticeRecord } from '../../shared/records';
import { DateField } from './date-field';
import { Modal } from './modal';

export interface NoticeChoice {
  replyBy: string;
  split: boolean;
  departments: string[];
}

export function NoticeDialog({
  asOf,
  policy,
  onClose,
  onExport,
}: {
  asOf: string;
  /** The policy chosen in the top bar; absent: every policy. */
  policy?: { id: number; title: string };
  onClose: () => void;
  onExport: (choice: NoticeChoice) => Promise<void>;
}) {
  const { client, dataVersion, policies } = useApp();
  const [replyBy, setReplyBy] = useState(addDays(asOf > todayIso() ? asOf : todayIso(), 7));
  const [split, setSplit] = useState(false);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scope = policy ? { policy: policy.id } : {};
  const previews = useAsync(() => unwrap(client.call('export/notice-preview', { asOf, options: { replyBy, ...scope } })), [asOf, replyBy, policy?.id, dataVersion]);
  const records = useAsync(() => unwrap(client.call('export/notice-records', {})), [dataVersion]);
  const list = previews.data ?? [];

  // Everyone with something outstanding is chosen at first.
  useEffect(() => {
    if (previews.data && chosen === null) setChosen(previews.data.map((p) => p.department));
  }, [previews.data, chosen]);
  const picked = chosen ?? [];
  const preview = useMemo(() => list.find((p) => p.department === (shown ?? picked[0])) ?? list[0], [list, shown, picked]);
  const toggle = (d: string) => setChosen((c) => ((c ?? []).includes(d) ? (c ?? []).filter((x) => x !== d) : [...(c ?? []), d]));

  return (
    <Modal title="导出催办通知" onClose={onClose} wide>
      <p className="hint" data-testid="notice-scope">
        {policy ? (
          <>
            为《{policy.title}》截至 {formatDate(asOf)} 有未报送或逾期任务的部门生成催办通知（只含这项政策的任务；要一并催办各项政策，在左上角选“全部政策”）。
          </>
        ) : policies.length > 1 ? (
          <>为截至 {formatDate(asOf)} 在各项政策中有未报送或逾期任务的部门生成催办通知，每个部门一份，列出它在各项政策中的任务。</>
        ) : (
          <>为截至 {formatDate(asOf)} 有未报送或逾期任务的部门生成催办通知。</>
        )}
        勾选要发的部门（不是政府部门的主体可以不发），点部门名称预览通知内容。
      </p>
      <div className="notice-options">
        <DateField label="请于此日期前回复" value={replyBy} testId="reply-by" onCommit={(date) => setReplyBy(date)} />
        <label className="check">
          <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} data-testid="notice-split" />
          每个部门单独一份{client.mode === 'browser' ? '（打包成一个 .zip 下载）' : '（存入一个文件夹）'}
        </label>
      </div>
      {previews.error && <p className="error">{previews.error}</p>}
      {previews.loading && !previews.data && <p className="muted">正在准备…</p>}
      {previews.data && list.length === 0 && <p className="empty">截至这一天，没有未报送或逾期的任务，无需催办。</p>}
      {list.length > 0 && (
        <div className="notice-layout">
          <fieldset className="notice-departments" data-testid="notice-departments">
            <legend>
              发给 {picked.length}/{list.length} 个部门
              <button type="button" className="link small" onClick={() => setChosen(list.map((p) => p.department))}>
                全选
              </button>
              <button type="button" className="link small" onClick={() => setChosen([])}>
                全不选
              </button>
            </legend>
            {list.map((p) => {
              const chasedBefore = [...new Set(p.items.flatMap((i) => i.chasedOn))].sort();
              return (
                <div key={p.department} className={`notice-dept${preview?.department === p.department ? ' shown' : ''}`} data-testid="notice-dept">
                  <input
                    type="checkbox"
                    checked={picked.includes(p.department)}
                    onChange={() => toggle(p.department)}
                    aria-label={`发给${p.department}`}
                    data-testid={`notice-pick-${p.department}`}
                  />
                  <button type="button" className="link notice-dept-name" onClick={() => setShown(p.department)} aria-pressed={preview?.department === p.department}>
                    {p.department}
                  </button>
                  <span className="muted small">{p.items.length}项</span>
                  {chasedBefore.length > 0 && <span className="chased small">已于{formatDate(chasedBefore[chasedBefore.length - 1])}催办</span>}
                </div>
              );
            })}
          </fieldset>
          {preview && (
            <section className="notice-preview" data-testid="notice-preview" tabIndex={0} aria-label={`${preview.department}的催办通知预览`}>
              {preview.text.map((line, i) => (
                <p key={i} className={i === 0 ? 'notice-preview-title' : line.endsWith('：') && i < 3 ? 'notice-preview-to' : undefined}>
                  {line}
                </p>
              ))}
            </section>
          )}
        </div>
      )}
      <NoticeRecords records={records.data ?? []} />
      <div className="actions">
        <button
          type="button"
          disabled={!replyBy || picked.length === 0 || busy}
          data-testid="export-notices-go"
          onClick={async () => {
            setBusy(true);
            try {
              await onExport({ replyBy, split, departments: picked });
            } finally {
              setBusy(false);
            }
            onClose();
          }}
        >
          生成 {picked.length} 份
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          取消
        </button>
      </div>
    </Modal>
  );
}

function NoticeRecords({ records }: { records: NoticeRecord[] }) {
  const cite = useMeasureCitations();
  if (records.length === 0) return null;
  return (
    <details className="notice-records" data-testid="notice-records">
      <summary>以往催办 {records.length} 份</summary>
      <ul>
        {records.slice(0, 50).map((r) => (
          <li key={r.id}>
            <span className="date">{formatDate(r.sentOn)}</span> {r.department}：{r.items.map((i) => cite(i.policy, i.measure)).join('、')}
          </li>
        ))}
      </ul>
    </details>
  );
}
