// 检索: full-text search over policy and reports, with highlighted snippets and filters.
import { useEffect, useRef, useState } from 'react';
import type { DocumentRole, SearchHit } from '../../shared/views';
import { displayFileName } from '../../shared/text/display-name';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { DocumentViewer } from '../components/document-viewer';
import { Segments } from '../components/marked-text';
import { markSnippet } from '../lib/highlight';
import { formatDate } from '../lib/dates';
import { groupByDocument } from '../../shared/search/snippet';
import { plainText } from '../lib/plain-text';
import { useAsync } from '../lib/use-async';

export function SearchView() {
  const { client, dataVersion, policyId, policies } = useApp();
  const [text, setText] = useState('');
  const [role, setRole] = useState<DocumentRole | ''>('');
  const [department, setDepartment] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [query, setQuery] = useState('');
  // The policy the hits shown were searched within: the count names it, not the choice made since.
  const [scope, setScope] = useState<number | undefined>(undefined);
  // Only the latest search's answer is shown, whatever order the answers arrive in.
  const latest = useRef(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<SearchHit | null>(null);
  const departments = useAsync(() => unwrap(client.call('departments/list', {})), [dataVersion]);

  const run = async (q = text, r = role, d = department) => {
    if (!q.trim()) return;
    setBusy(true);
    const asked = ++latest.current;
    const within = policyId !== undefined && policies.length > 1 ? policyId : undefined;
    const result = await client.call('search/query', {
      query: q.trim(),
      filter: { ...(r ? { role: r } : {}), ...(d ? { department: d } : {}), ...(within !== undefined ? { policy: within } : {}) },
    });
    if (asked !== latest.current) return;
    setBusy(false);
    if (result.ok) {
      setHits(result.value);
      setScope(within);
      setQuery(q.trim());
      setError(null);
    } else setError(result.error.message);
  };

  // The top bar's policy changed: the last search runs again within it.
  useEffect(() => {
    if (query) void run(query, role, department);
    // Only the policy choice triggers this; the other inputs run the search themselves.
  }, [policyId]);

  const chosen = scope !== undefined ? policies.find((p) => p.id === scope) : undefined;

  // Words the snippets marked, to mark them again in the full document.
  const matchedWords = hits ? [...new Set(hits.flatMap((h) => markSnippet(h.snippet).filter((s) => s.kind === 'match').map((s) => s.text)))] : [];

  return (
    <div className="view search-view">
      <form
        className="search-bar panel"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <input
          type="search"
          value={text}
          placeholder="输入检索词，如：养老、信用、12月底前"
          onChange={(e) => setText(e.target.value)}
          data-testid="search-input"
          aria-label="检索词"
          autoFocus
        />
        <select value={role} onChange={(e) => { const v = e.target.value as DocumentRole | ''; setRole(v); void run(text, v, department); }} aria-label="文件类型" data-testid="search-role">
          <option value="">全部文件</option>
          <option value="policy">政策文件</option>
          <option value="submission">落实报告</option>
        </select>
        <select value={department} onChange={(e) => { setDepartment(e.target.value); void run(text, role, e.target.value); }} aria-label="部门" data-testid="search-department">
          <option value="">全部部门</option>
          {(departments.data ?? []).filter((d) => !d.generic).map((d) => (
            <option key={d.canonical} value={d.canonical}>{d.canonical}</option>
          ))}
        </select>
        <button type="submit" disabled={busy || !text.trim()}>检索</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {hits && (
        <p className="result-count" data-testid="search-count">
          {chosen ? `在 ${chosen.label} 及其落实报告中，` : ''}“{query}”共 {hits.length} 处，{new Set(hits.map((h) => h.documentId)).size} 份文件{hits.length >= 100 ? '（只显示前 100 处）' : ''}
        </p>
      )}
      {hits && hits.length === 0 && <p className="empty">没有找到。换一个词，或去掉筛选条件试试。</p>}
      <ol className="hits">
        {groupByDocument(hits ?? []).map((group) => {
          const h = group[0];
          return (
            <li key={h.documentId} className="hit" data-testid="search-hit">
              <div className="hit-head">
                <span className={`tag tag-${h.role}`}>{h.role === 'policy' ? '政策文件' : '落实报告'}</span>
                <button type="button" className="link file-name" onClick={() => setViewing(h)}>{displayFileName(h.fileName)}</button>
                {h.department && <span className="hit-sender" data-testid="search-hit-department">{h.department}</span>}
                <span className="muted small" data-testid="search-hit-date">{h.date ? formatDate(h.date) : '未注明日期'}</span>
                {group.length > 1 && <span className="muted small">{group.length} 处</span>}
              </div>
              <ul className="hit-paragraphs">
                {group.map((p, i) => (
                  <li key={`${p.paragraph}-${i}`} data-testid="search-paragraph">
                    <button type="button" className="link small hit-paragraph" onClick={() => setViewing(p)} title="打开文件，定位到这一段">第 {p.paragraph + 1} 段</button>
                    <span className="snippet">
                      <Segments segments={markSnippet(plainText(p.snippet))} />
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {viewing && <DocumentViewer id={viewing.documentId} paragraph={viewing.paragraph} terms={matchedWords} onClose={() => setViewing(null)} />}
    </div>
  );
}
