// 文件: import by picker or drag and drop, with per-file results; the list of imported documents.
import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../shared/views';
import { displayFileName } from '../../shared/text/display-name';
import { ACCEPT_ATTRIBUTE } from '../../shared/formats';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { DocumentViewer } from '../components/document-viewer';
import { ReportCorrection } from '../components/report-correction';
import { formatDate } from '../lib/dates';
import { DATE_SOURCE_LABEL } from '../lib/status';
import { useAsync } from '../lib/use-async';
import { useUndoOffer } from '../lib/use-undo-offer';
import { useMeasureCitations } from '../lib/use-measure-citations';
import type { ImportRole } from '../lib/use-importer';
import { FirstRunGuide } from '../components/first-run-guide';
import { ImportHistory } from '../components/import-history';
import { ImportProgress } from '../components/import-progress';
import { PlacedOn, PolicyAttribution } from '../components/policy-attribution';


export function DocumentsView() {
  const { client, info, dataVersion, dataChanged, notify, importer, policies: refs } = useApp();
  const offerUndo = useUndoOffer();
  const cite = useMeasureCitations();
  const docs = useAsync(() => unwrap(client.call('documents/list', {})), [dataVersion]);
  // A fresh workspace guesses each file's role; once the policy is in, what comes next is reports.
  const [role, setRole] = useState<ImportRole>(info?.hasPolicy ? 'submission' : 'auto');
  const [dragging, setDragging] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const [correcting, setCorrecting] = useState<number | null>(null);
  const [attributing, setAttributing] = useState<DocumentSummary | null>(null);
  /** '' every file; a policy's id: it and its reports; 'none': reports that answer no policy. */
  const [placedFilter, setPlacedFilter] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const hasPolicy = Boolean(info?.hasPolicy);
  useEffect(() => setRole(hasPolicy ? 'submission' : 'auto'), [hasPolicy]);

  const start = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    void importer.importFiles([...files], role);
  };

  const remove = async (doc: DocumentSummary) => {
    if (!window.confirm(`从工作区移除“${displayFileName(doc.fileName)}”？原文件不会被删除。`)) return;
    const r = await client.call('documents/remove', { id: doc.id });
    if (!r.ok) return notify('error', r.error.message);
    dataChanged();
    await offerUndo('remove', `已移除“${doc.fileName}”`);
  };

  const asReport = async (doc: DocumentSummary) => {
    if (!window.confirm(`把“${displayFileName(doc.fileName)}”改为落实报告？政策台账会随之清空，可在“历史”中撤销。`)) return;
    const r = await client.call('documents/set-role', { id: doc.id, role: 'submission' });
    if (!r.ok) notify('error', r.error.message);
    else dataChanged();
  };

  const list = docs.data ?? [];
  const several = refs.length > 1;
  const shows = (d: DocumentSummary) => {
    if (!several || !placedFilter) return true;
    if (placedFilter === 'none') return d.role === 'submission' && (d.policies ?? []).length === 0;
    const id = Number(placedFilter);
    return d.role === 'policy' ? d.id === id : (d.policies ?? []).some((a) => a.policy === id);
  };
  const policies = list.filter((d) => d.role === 'policy' && shows(d));
  const submissions = list.filter((d) => d.role === 'submission' && shows(d));
  const unplaced = list.filter((d) => d.role === 'submission' && (d.policies ?? []).length === 0).length;
  const refOf = new Map(refs.map((r) => [r.id, r]));

  return (
    <div className="view documents-view">
      <section className="panel import-panel">
        <div className="import-head">
          <h2>导入文件</h2>
          <div className="segmented" role="radiogroup" aria-label="文件类型">
            {(
              [
                ['auto', '自动识别'],
                ['policy', '政策文件'],
                ['submission', '落实报告'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className={role === value ? 'on' : ''}>
                <input type="radio" name="import-role" value={value} checked={role === value} onChange={() => setRole(value)} />
                {label}
              </label>
            ))}
          </div>
          {hasPolicy && role === 'policy' && (
            <span className="hint strong" data-testid="import-policy-hint">
              作为又一项政策加入工作区（现有 {refs.length} 项）；已导入的报告会重新判断对应哪项政策
            </span>
          )}
          <span className="hint">支持 .docx、.doc、.pdf、.ofd、.txt（含 GBK 编码）、.rtf 和 WPS 文字（.wps），Excel 和 WPS 表格的任务表和反馈表（.xlsx、.xls、.et、.csv），保存的网页（.html、.mht），扫描件和照片（.png、.jpg、.tif，以及粘贴在 Word 里的扫描页，文字识别），以及装着这些文件的 .zip 压缩包</span>
        </div>
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(false);
            start(e.dataTransfer.files);
          }}
        >
          <p>
            把{role === 'policy' ? '政策文件' : role === 'auto' ? '政策文件或落实报告' : '落实报告'}拖到这里，或
            <button
              type="button"
              className="inline"
              disabled={importer.busy}
              onClick={() => (client.mode === 'electron' ? importer.importViaDialog(role) : input.current?.click())}
            >
              选择文件…
            </button>
          </p>
          <input
            ref={input}
            type="file"
            multiple
            accept={ACCEPT_ATTRIBUTE}
            hidden
            data-testid="import-input"
            onChange={(e) => {
              start(e.target.files);
              e.target.value = '';
            }}
          />
        </div>
        <ImportProgress state={importer.state} onAsReport={(path) => importer.importPaths([path], 'submission')} onCancel={importer.cancel} />
      </section>

      <section className="panel">
        <div className="documents-head">
          <h2>
            已导入文件 <span className="count">{list.length}</span>
          </h2>
          {several && (
            <label className="filter">
              对应政策
              <select value={placedFilter} onChange={(e) => setPlacedFilter(e.target.value)} data-testid="documents-policy-filter">
                <option value="">全部文件</option>
                {refs.map((r) => (
                  <option key={r.id} value={r.id} title={r.title}>{r.label}</option>
                ))}
                <option value="none">未对应任何政策（{unplaced}）</option>
              </select>
            </label>
          )}
        </div>
        {docs.error && <p className="error">{docs.error}</p>}
        {list.length === 0 && !docs.loading && <FirstRunGuide />}
        {list.length > 0 && (
          <table className="table documents-table" data-testid="documents-table">
            <thead>
              <tr>
                <th style={{ width: 76 }}>类型</th>
                <th>文件名</th>
                <th style={{ width: several ? 130 : 200 }}>部门</th>
                <th style={{ width: several ? 132 : 150 }}>日期</th>
                {several && <th style={{ width: 170 }}>对应政策</th>}
                <th style={{ width: several ? 110 : 140 }}>关联措施</th>
                <th className="col-hint" style={{ width: several ? 150 : 200 }}>提示</th>
                <th style={{ width: 76 }} />
              </tr>
            </thead>
            <tbody>
              {[...policies, ...submissions].map((d) => (
                <tr key={d.id} data-testid="document-row" data-role={d.role} data-file={d.fileName} data-document={d.id}>
                  <td>
                    <span className={`tag tag-${d.role}`}>{d.role === 'policy' ? '政策文件' : '落实报告'}</span>
                  </td>
                  <td>
                    <button type="button" className="link file-name" onClick={() => setViewing(d.id)} title="查看全文">
                      {displayFileName(d.fileName)}
                    </button>
                    <div className="sub">
                      {d.format.toUpperCase()}
                      {d.pageCount ? ` · ${d.pageCount} 页` : ''} · {formatSize(d.size)}
                      {/* said of the report as a whole: the office may have corrected its units, date, policy or links */}
                      {d.corrected && <span className="corrected-note" data-testid="document-corrected"> · 已由督查室更正</span>}
                    </div>
                  </td>
                  <td>
                    {d.departments.length ? d.departments.join('、') : <span className="muted">—</span>}
                  </td>
                  <td>
                    {d.role === 'submission' ? (
                      <>
                        {formatDate(d.date)}
                        {d.dateSource && <div className="sub">来源：{DATE_SOURCE_LABEL[d.dateSource] ?? d.dateSource}</div>}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  {several && (
                    <td>
                      {d.role === 'policy' ? (
                        <>
                          <span className="policy-chip own" title={refOf.get(d.id)?.title} data-testid="policy-own-label">
                            {refOf.get(d.id)?.label ?? '—'}
                          </span>
                          {refOf.get(d.id)?.title !== refOf.get(d.id)?.label && <div className="sub clamp-2">{refOf.get(d.id)?.title}</div>}
                        </>
                      ) : (
                        <>
                          <PlacedOn doc={d} />
                          <button type="button" className="link small" onClick={() => setAttributing(d)} title="更正这份报告对应的政策" data-testid="attribute-report">
                            更正对应政策
                          </button>
                        </>
                      )}
                    </td>
                  )}
                  <td>
                    {d.measures.length ? (
                      <span className="measure-refs">{d.measures.map((m) => cite(d.policies?.[0]?.policy, m)).join(' ')}</span>
                    ) : d.role === 'submission' ? (
                      <span className="warn-text">未关联</span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    {d.warnings.length ? (
                      <ul className="warnings compact">
                        {d.warnings.map((w, i) => (
                          <li key={i}>{w}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    {d.role === 'submission' ? (
                      <button type="button" className="link" onClick={() => setCorrecting(d.id)} title="更正部门、日期或关联的措施" data-testid="correct-report">
                        更正
                      </button>
                    ) : (
                      <button type="button" className="link" onClick={() => asReport(d)} title="这份文件其实是落实报告" data-testid="policy-as-report">
                        改为报告
                      </button>
                    )}
                    <button type="button" className="link danger" onClick={() => remove(d)} title="从工作区移除">
                      移除
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ImportHistory />
      {viewing !== null && <DocumentViewer id={viewing} onClose={() => setViewing(null)} />}
      {correcting !== null && <ReportCorrection id={correcting} onClose={() => setCorrecting(null)} />}
      {attributing && <PolicyAttribution doc={attributing} onClose={() => setAttributing(null)} />}
    </div>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
