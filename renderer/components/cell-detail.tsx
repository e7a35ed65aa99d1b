// The line above the matrix that spells out the cell under the keyboard focus or the mouse: the measure's full
// title, the department, its role, the due date and the status in words. Nothing here needs a hover tooltip.
import { measureCitation } from '../../shared/extract/measure-citation';
import type { IsoDate, Measure, Obligation } from '../../shared/types';
import { formatDate, formatRespondedOn, hasResponseToShow } from '../lib/dates';
import { daysLeft, daysOverdue, shownStatus } from '../lib/overdue';
import { ROLE_LABEL, SHOWN_LABEL, STATUS_SYMBOL } from '../lib/status';

export function CellDetail({
  target,
  measures,
  cell,
  asOf,
  soonDays,
}: {
  target: { measure: number; department: string } | null;
  measures: Pick<Measure, 'number' | 'label' | 'title'>[];
  cell: Map<string, Obligation>;
  asOf: IsoDate;
  soonDays: number;
}) {
  const measure = target ? measures.find((m) => m.number === target.measure) : undefined;
  if (!target || !measure) return <div className="cell-detail muted">用方向键或鼠标移到格子上，这里显示措施标题和落实情况。</div>;
  const o = cell.get(`${target.measure}|${target.department}`);
  const status = o ? shownStatus(o, asOf, soonDays) : null;
  const days = o ? daysOverdue(o, asOf) : null;
  const left = status === 'soon' && o ? daysLeft(o, asOf) : null;
  return (
    <div className="cell-detail" data-testid="matrix-focus-line">
      <span className="measure-ref">{measureCitation(measure)}</span>
      <span className="cell-detail-title">{measure.title}</span>
      <span className="cell-detail-dept">{target.department}</span>
      {o && status ? (
        <>
          <span>{ROLE_LABEL[o.role]}</span>
          <span>截止 {formatDate(o.due)}</span>
          <span className={`status-pill status-${status}`}>
            <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
            {SHOWN_LABEL[status]}
            {days ? ` ${days}天` : left !== null ? `（还有${left}天）` : ''}
          </span>
          {hasResponseToShow(o) && <span data-testid="cell-detail-responded">报送 {formatRespondedOn(o)}</span>}
          {o.decision && <span className={`decision-pill mark-${o.decision.kind}`}>{o.decision.label}</span>}
          <span className="muted">回车打开对照</span>
        </>
      ) : (
        <span className="muted">无此任务</span>
      )}
    </div>
  );
}
