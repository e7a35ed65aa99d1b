// The policy's reading report: what to check after the policy was read (measures with no specific department,
// responsibility words not read, conventions applied, deadlines before issue, missing metadata).
import { useMemo } from 'react';
import type { MeasureRef, PolicyExtract } from '../../shared/types';
import { readingReport } from '../../shared/extract/reading-report';
import { formatDate } from '../lib/dates';

const FIELD: Record<string, string> = { title: '标题', docNumber: '发文字号', issuer: '发文机关', issuedOn: '成文日期' };

function MeasureLink({ m, onJump }: { m: MeasureRef; onJump: (n: number) => void }) {
  return (
    <button type="button" className="link" onClick={() => onJump(m.number)} title="跳到该条措施">
      {m.label || `${m.number}.`} {m.title}
    </button>
  );
}

export function ReadingReport({ extract, onJump }: { extract: PolicyExtract; onJump: (measure: number) => void }) {
  const report = useMemo(() => readingReport(extract), [extract]);
  if (report.lines.length === 0) return null;
  return (
    <section className="reading-report panel" aria-label="阅读报告" data-testid="reading-report">
      <h2 className="section-title">阅读报告：请核对以下各项</h2>
      {report.missing.length > 0 && (
        <p className="warnings">文件中未找到{report.missing.map((f) => FIELD[f]).join('、')}，已照常导入，可在政策页补填。</p>
      )}
      {report.conventions.length > 0 && (
        <div>
          <h3>已应用的统一约定</h3>
          <ul>
            {report.conventions.map((c, i) => (
              <li key={i}>
                “{c.words}”：自 <MeasureLink m={c.from} onJump={onJump} /> {c.onward ? '起的各条' : '这一条'}
                {c.kind === 'first-leads' ? '以列第一位的单位为牵头单位' : '均列入该泛指主体'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.headingDuties.length > 0 && (
        <div>
          <h3>按部分标题读取的责任单位</h3>
          <ul>
            {report.headingDuties.map((h) => (
              <li key={h.section}>
                {h.section}、{h.title}：“{h.words}”，用于该部分未写责任单位的措施
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.noDepartment.length > 0 && (
        <div>
          <h3>未指明具体部门的措施（{report.noDepartment.length} 条）</h3>
          <ul>
            {report.noDepartment.map((m) => (
              <li key={m.number}>
                <MeasureLink m={m} onJump={onJump} />
                {m.generic.length > 0 ? `：只写了 ${m.generic.join('、')}` : '：未找到责任单位'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.unparsed.length > 0 && (
        <div>
          <h3>未能读出部门的责任表述</h3>
          <ul>
            {report.unparsed.map((u) => (
              <li key={u.number}>
                <MeasureLink m={u} onJump={onJump} />：“{u.text}”
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.beforeIssue.length > 0 && (
        <div>
          <h3>早于成文日期的时限</h3>
          <ul>
            {report.beforeIssue.map((d, i) => (
              <li key={i}>
                <MeasureLink m={d} onJump={onJump} />：“{d.text}”（{formatDate(d.date)}）
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
