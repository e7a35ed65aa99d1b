// 对照: a measure's text beside the department's reports, paragraphs paired, shared words marked, scrolling together.
import { useMemo, useRef, useState } from 'react';
import type { ComparisonView } from '../../shared/views';
import { measureCitation, measureCiter } from '../../shared/extract/measure-citation';
import { useApp, type CompareTarget } from '../app-context';
import { unwrap } from '../api/client';
import { DepartmentSwitch } from '../components/department-switch';
import { DecisionPanel } from '../components/decision-panel';
import { OriginalPageButton } from '../components/original-page';
import { Segments } from '../components/marked-text';
import { alignParagraphs, sentenceOpening, splitSentences } from '../lib/align';
import { formatDate, formatRespondedOn } from '../lib/dates';
import { documentRules, markText } from '../lib/highlight';
import { notCountedYet } from '../lib/overdue';
import { reportName } from '../lib/report-name';
import { ROLE_LABEL, STATUS_LABEL } from '../lib/status';
import { useAsync } from '../lib/use-async';
import { targetWords } from '../../shared/extract/target-phrase';

export function CompareView() {
  const { compareTarget } = useApp();
  return compareTarget ? <Comparison target={compareTarget} /> : <ComparePicker />;
}

function ComparePicker() {
  const { client, asOf, dataVersion, navigate, lastCompared, policyId, policies } = useApp();
  // 全部: every policy's duties of the department, each named by its policy.
  const across = policyId === undefined && policies.length > 1;
  const scope = policyId !== undefined ? { policy: policyId } : {};
  const matrix = useAsync(async () => {
    if (!across) return (await unwrap(client.call('compliance/matrix', { asOf, ...scope }))).obligations;
    return (await unwrap(client.call('compliance/portfolio', { asOf }))).flatMap((p) => p.result.obligations.map((o) => ({ ...o, policy: o.policy ?? p.policy.id })));
  }, [asOf, dataVersion, across, policyId]);
  const [department, setDepartment] = useState(lastCompared?.department ?? '');
  const ledgers = useAsync(
    () => Promise.all((across ? policies.map((p) => p.id) : [policyId]).map((id) => unwrap(client.call('policy/get', id !== undefined ? { policy: id } : {})))),
    [dataVersion, across, policyId, policies],
  );
  const titles = new Map((ledgers.data ?? []).flatMap((l) => (l ? l.extract.measures.map((m) => [`${across ? l.documentId : ''}|${m.number}`, m.title] as const) : [])));
  const labels = new Map(policies.map((p) => [p.id, p.label]));
  const citers = new Map((ledgers.data ?? []).flatMap((l) => (l ? [[across ? l.documentId : '', measureCiter(l.extract.measures)] as const] : [])));
  const cite = (policy: number | undefined, measure: number) => (citers.get(across ? (policy ?? '') : '') ?? measureCiter([]))(measure);
  const obligations = matrix.data ?? [];
  const departments = [...new Set(obligations.map((o) => o.department))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const order = new Map(policies.map((p, i) => [p.id, i]));
  const mine = obligations
    .filter((o) => o.department === department)
    .sort((a, b) => (order.get(a.policy ?? 0) ?? 0) - (order.get(b.policy ?? 0) ?? 0) || a.measure - b.measure);
  return (
    <div className="view">
      <div className="panel picker">
        <h2>选择要对照的部门和措施</h2>
        {matrix.error && <p className="error">{matrix.error}</p>}
        {!matrix.loading && departments.length === 0 && <p className="empty">还没有落实任务：请先导入政策文件。</p>}
        {departments.length > 0 && (
          <label className="field">
            <span>部门</span>
            <select value={department} onChange={(e) => setDepartment(e.target.value)} data-testid="compare-department">
              <option value="">请选择…</option>
              {departments.map((d) => <option key={d} value={d}>{d}</option>)}
            </select>
          </label>
        )}
        {mine.length > 0 && (
          <div className="picker-list">
            {mine.map((o) => (
              <button
                key={`${o.policy ?? ''}|${o.measure}`}
                type="button"
                className={`picker-item status-${o.status}`}
                onClick={() => navigate('compare', { measure: o.measure, department, ...(o.policy !== undefined ? { policy: o.policy } : {}) })}
              >
                {across && o.policy !== undefined && <span className="policy-label">{labels.get(o.policy)} · </span>}
                <span className="measure-ref">{cite(o.policy, o.measure)}</span> {titles.get(`${across ? (o.policy ?? '') : ''}|${o.measure}`)} · {ROLE_LABEL[o.role]} · {STATUS_LABEL[o.status]}
                {o.decision ? ` · ${o.decision.label}` : ''}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

function Comparison({ target }: { target: CompareTarget }) {
  const { client, asOf, dataVersion, navigate, policyId } = useApp();
  // The obligation's own policy; a target without one (an older link) reads the chosen policy, else the first.
  const policy = target.policy ?? policyId;
  const view = useAsync(
    () => unwrap(client.call('compliance/compare', { measure: target.measure, department: target.department, asOf, ...(policy !== undefined ? { policy } : {}) })),
    [target.measure, target.department, asOf, dataVersion, policy],
  );

  if (view.error) return <div className="view"><p className="error">{view.error}</p></div>;
  if (view.loading && !view.data) return <div className="view loading">正在准备对照…</div>;
  if (!view.data) {
    return (
      <div className="view">
        <p className="empty">找不到第{target.measure}条与“{target.department}”的对照。</p>
        <button type="button" onClick={() => navigate('matrix')}>回到落实矩阵</button>
      </div>
    );
  }
  return <ComparisonBody data={view.data} policy={policy} />;
}

function ComparisonBody({ data, policy }: { data: ComparisonView; policy: number | undefined }) {
  const { navigate, policies, asOf } = useApp();
  const policyRef = policies.length > 1 ? policies.find((p) => p.id === (policy ?? policies[0]?.id)) : undefined;
  const { measure, department, status, responses, sharedTerms, siblings } = data;
  const [hovered, setHovered] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [sync, setSync] = useState(true);
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const syncing = useRef<HTMLDivElement | null>(null);

  const sentences = useMemo(() => splitSentences(measure.text), [measure.text]);
  const rules = useMemo(
    () => documentRules({ departments: [...measure.rawDepartments, ...measure.lead, ...measure.support, department], terms: sharedTerms }),
    [measure, department, sharedTerms],
  );

  const blocks = useMemo(
    () =>
      responses.map((r) => {
        const linkedSet = new Set(r.linked);
        const linked = r.paragraphs.filter((p) => linkedSet.has(p.index));
        const others = r.paragraphs.filter((p) => !linkedSet.has(p.index));
        const aligned = alignParagraphs(sentences, linked.map((p) => p.text), sharedTerms);
        return { response: r, linked: linked.map((p, i) => ({ p, sentence: aligned[i].sentence })), others };
      }),
    [responses, sentences, sharedTerms],
  );

  // Sentences some linked paragraph answers, to mark them on the left.
  const answered = new Set(blocks.flatMap((b) => b.linked.map((l) => l.sentence)).filter((s): s is number => s !== null));

  const at = siblings.indexOf(measure.number);
  const prev = at > 0 ? siblings[at - 1] : null;
  const next = at >= 0 && at < siblings.length - 1 ? siblings[at + 1] : null;
  const go = (n: number | null) => n !== null && navigate('compare', { measure: n, department, ...(policy !== undefined ? { policy } : {}) });

  // Proportional scroll: the panes differ in length, so the same fraction lines up better than the same pixels.
  const follow = (from: HTMLDivElement | null, to: HTMLDivElement | null) => {
    if (!sync || !from || !to) return;
    if (syncing.current && syncing.current !== from) return;
    syncing.current = from;
    const range = from.scrollHeight - from.clientHeight;
    const fraction = range > 0 ? from.scrollTop / range : 0;
    to.scrollTop = fraction * (to.scrollHeight - to.clientHeight);
    requestAnimationFrame(() => (syncing.current = null));
  };

  return (
    <div className="view compare-view">
      <header className="compare-head">
        <div className="compare-title">
          {policyRef && (
            <span className="policy-label tag tag-policy" title={policyRef.title} data-testid="compare-policy">
              {policyRef.label}
            </span>
          )}
          <span className="measure-no">{measureCitation(measure)}</span>
          <h1>{measure.title}</h1>
        </div>
        <div className="compare-meta">
          <span className="dept-name" data-testid="compare-department-name">{department}</span>
          <DepartmentSwitch measure={measure.number} department={department} policy={policy} />
          {status ? (
            <>
              <span className="role">{ROLE_LABEL[status.role]}</span>
              <span className={`status-pill status-${status.status}`} data-testid="compare-status">{STATUS_LABEL[status.status]}</span>
              {status.decision && (
                <span className={`decision-pill mark-${status.decision.kind}`} data-testid="compare-decision" title={status.decision.note ?? ''}>
                  {status.decision.label}
                </span>
              )}
              <span>截止 {formatDate(status.due)}</span>
              <span data-testid="compare-responded">报送 {formatRespondedOn(status)}</span>
            </>
          ) : (
            <span className="muted">该部门不是此条的责任单位</span>
          )}
          <div className="spacer" />
          <label className="check small">
            <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} /> 同步滚动
          </label>
          <button type="button" className="secondary small" disabled={prev === null} onClick={() => go(prev)} data-testid="compare-prev">
            ← 上一项
          </button>
          <span className="muted small">{at >= 0 ? `${at + 1}/${siblings.length}` : ''}</span>
          <button type="button" className="secondary small" disabled={next === null} onClick={() => go(next)} data-testid="compare-next">
            下一项 →
          </button>
          <button type="button" className="link small" onClick={() => navigate('matrix')}>返回矩阵</button>
        </div>
        {status && <DecisionPanel measure={measure.number} department={department} policy={policy} status={status} decisions={data.decisions} />}
        {sharedTerms.length > 0 && (
          <div className="shared-terms" data-testid="shared-terms">
            共有词语：
            {sharedTerms.filter((t) => t.length >= 2).slice(0, 30).map((t) => (
              <mark key={t} className="mark mark-term">{t}</mark>
            ))}
          </div>
        )}
      </header>
      <div className="compare-panes">
        <div className="pane" ref={left} onScroll={() => follow(left.current, right.current)} data-testid="pane-measure" tabIndex={0} role="region" aria-label="措施原文">
          <h2 className="pane-title">
            措施原文
            <OriginalPageButton documentId={data.policy} kind={data.policyOriginal} paragraphs={measure.paragraphs} />
          </h2>
          {sentences.map((s, i) => (
            <p key={i} className={`sentence${answered.has(i) ? ' answered' : ''}${hovered === i ? ' hovered' : ''}`}>
              <Segments segments={markText(s, rules)} />
            </p>
          ))}
          {(measure.deadlines.length > 0 || measure.targets.length > 0) && (
            <div className="facts">
              {measure.deadlines.map((d, i) => (
                <div key={i} className="fact">
                  <span className="fact-kind">期限</span>“{d.text}”{d.date && ` → ${formatDate(d.date)}`}
                  {d.beforeIssue && <span className="flag-red">早于印发日期</span>}
                </div>
              ))}
              {measure.targets.map((t, i) => (
                <div key={`t${i}`} className="fact" data-testid="compare-target">
                  <span className="fact-kind target">指标</span>
                  {targetWords(t)}
                </div>
              ))}
            </div>
          )}
          {status && status.evidence.length > 0 && (
            <div className="evidence">
              <h3>依据</h3>
              {status.evidence.map((e, i) => (
                <p key={i} className="sub" data-testid="evidence">{reportName(e.file)}{e.date ? `（${formatDate(e.date)}）` : ''}：{e.excerpt}</p>
              ))}
            </div>
          )}
        </div>
        <div className="pane" ref={right} onScroll={() => follow(right.current, left.current)} data-testid="pane-response" tabIndex={0} role="region" aria-label="部门报告">
          <h2 className="pane-title">
            {department}的报告
            {blocks.some((b) => b.others.length > 0) && (
              <button type="button" className="link small" onClick={() => setShowAll((v) => !v)}>
                {showAll ? '只看对应段落' : '显示全文'}
              </button>
            )}
          </h2>
          {blocks.length === 0 && <p className="empty" data-testid="no-response">该部门没有报送与此条相关的报告。</p>}
          {blocks.map(({ response, linked, others }) => (
            <section key={response.documentId} className="response">
              <h3 className="response-title">
                {reportName(response.fileName)}<span className="muted">{formatDate(response.date)}</span>
                {response.gatheredBy && (
                  <span className="tag tag-muted" data-testid="response-gathered" title="几个单位的进展写在一张表里，本行按该行的责任单位计">
                    汇总表{response.gatheredBy.length > 0 ? `（${response.gatheredBy.join('、')}报送）` : ''}中本单位一行
                  </span>
                )}
                {notCountedYet(response.date, asOf) && (
                  <span className="tag tag-muted" data-testid="response-not-counted" title={`统计截止日期为${formatDate(asOf)}`}>
                    {notCountedYet(response.date, asOf)}
                  </span>
                )}
                <OriginalPageButton documentId={response.documentId} kind={response.original} paragraphs={response.linked} />
              </h3>
              {linked.length === 0 && <p className="muted">报告中没有找到直接对应此条的段落。</p>}
              {linked.map(({ p, sentence }) => (
                <p
                  key={p.index}
                  className="para linked"
                  data-testid="linked-paragraph"
                  onMouseEnter={() => setHovered(sentence)}
                  onMouseLeave={() => setHovered(null)}
                >
                  {sentence !== null && sentences[sentence] && (
                    <span className="align-tag" title={`对应措施原文的这一句：${sentences[sentence]}`} data-testid="align-tag">
                      对应“{sentenceOpening(sentences[sentence])}”
                    </span>
                  )}
                  <Segments segments={markText(p.text, rules)} />
                </p>
              ))}
              {showAll &&
                others.map((p) => (
                  <p key={p.index} className="para other">
                    <Segments segments={markText(p.text, rules)} />
                  </p>
                ))}
            </section>
          ))}
          <SuggestedLinks measure={measure.number} department={department} policy={policy} />
        </div>
      </div>
    </div>
  );
}

/**
 * Passages of the department's reports that only resemble the measure (建议关联): shown so the user can
 * judge them, never counted in the matrix until the user says a passage answers the measure (计入此条), which links
 * it as a correction of the report, undone from 历史 like any other.
 */
function SuggestedLinks({ measure, department, policy }: { measure: number; department: string; policy: number | undefined }) {
  const { client, dataVersion, dataChanged, notify } = useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const suggestions = useAsync(async () => {
    const docs = (await unwrap(client.call('documents/list', {}))).filter(
      (d) => d.role === 'submission' && d.departments.includes(department) && (policy === undefined || !d.policies || d.policies.some((p) => p.policy === policy)),
    );
    const details = await Promise.all(docs.map((d) => unwrap(client.call('documents/get', { id: d.id }))));
    return details.flatMap((d) => {
      // The report as read against this measure's policy.
      const analysis = (policy !== undefined ? d?.readings?.find((r) => r.policy === policy)?.analysis : undefined) ?? d?.analysis;
      if (!d || !analysis || analysis.measures.includes(measure)) return [];
      return analysis.links
        .filter((l) => l.measure === measure && l.strength === 'suggestion')
        .map((l) => ({ key: `${d.id}:${l.paragraph}`, id: d.id, paragraph: l.paragraph, file: d.fileName, date: d.date, excerpt: l.excerpt }));
    });
  }, [measure, department, dataVersion, policy]);
  const list = suggestions.data ?? [];
  if (list.length === 0) return null;
  const count = async (s: (typeof list)[number]) => {
    setBusy(s.key);
    try {
      const r = await client.call('documents/link', { id: s.id, measure, paragraph: s.paragraph, ...(policy !== undefined ? { policy } : {}) });
      if (!r.ok) return notify('error', r.error.message);
      notify('success', `已计入：${reportName(s.file)}的这一段落实了此条（可在“历史”中撤销）`);
      dataChanged();
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="evidence suggestions muted" data-testid="suggested-links">
      <h3>建议关联（未计入）</h3>
      <p className="hint">以下段落仅与本条措施用语相近，报告未引用本政策或本条，不计入落实情况，请人工判断：确实落实了此条的，点“计入此条”。</p>
      {list.map((s) => (
        <p key={s.key} className="sub" data-testid="suggested-link">
          {reportName(s.file)}{s.date ? `（${formatDate(s.date)}）` : ''}：{s.excerpt}
          <button type="button" className="link small" disabled={busy !== null} onClick={() => void count(s)} data-testid="suggested-link-count">
            计入此条
          </button>
        </p>
      ))}
    </div>
  );
}
