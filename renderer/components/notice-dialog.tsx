// 导出催办通知: the reply-by date and how to split the notices.
import { useState } from 'react';
import { addDays, formatDate, todayIso } from '../lib/dates';
import { DateField } from './date-field';
import { Modal } from './modal';

export function NoticeDialog({ asOf, onClose, onExport }: { asOf: string; onClose: () => void; onExport: (replyBy: string, split: boolean) => Promise<void> }) {
  const [replyBy, setReplyBy] = useState(addDays(asOf > todayIso() ? asOf : todayIso(), 7));
  const [split, setSplit] = useState(false);
  return (
    <Modal title="导出催办通知" onClose={onClose}>
      <p className="hint">为截至 {formatDate(asOf)} 未报送或逾期的部门生成催办通知。</p>
      <div className="field">
        <DateField label="请于此日期前回复" value={replyBy} testId="reply-by" onCommit={(date) => setReplyBy(date)} />
      </div>
      <label className="check">
        <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} />
        每个部门单独生成一份
      </label>
      <div className="actions">
        <button
          type="button"
          disabled={!replyBy}
          data-testid="export-notices-go"
          onClick={async () => {
            await onExport(replyBy, split);
            onClose();
          }}
        >
          生成
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          取消
        </button>
      </div>
    </Modal>
  );
}
