// Shown on an empty workspace: what to import first, and the sample set one click away.
import { useApp } from '../app-context';

export function FirstRunGuide() {
  const { importer, navigate } = useApp();
  return (
    <section className="panel first-run" data-testid="first-run-guide" aria-labelledby="first-run-title">
      <h2 id="first-run-title">第一次使用</h2>
      <p className="empty">还没有文件。先导入政策文件，再导入各部门的落实情况报告。</p>
      <ol className="first-run-steps">
        <li>
          <b>导入政策文件</b>：上面的类型选“政策文件”，把实施意见、实施方案或任务分工（.docx、.pdf、.txt）拖进虚线框。程序会列出每条措施的牵头单位、配合单位和完成时限。
        </li>
        <li>
          <b>导入落实报告</b>：类型改成“落实报告”，一次选中各部门报来的全部报告。读不了的文件会写明原因，其余照常导入。
        </li>
        <li>
          <b>看结果</b>：在顶栏输入统计截止日期，打开“落实矩阵”查看谁按时、谁逾期、谁还没报；点格子看措施原文和报告的对照。
        </li>
      </ol>
      <div className="first-run-actions">
        <button type="button" onClick={() => void importer.importSample()} disabled={importer.busy} data-testid="import-sample">
          导入样例
        </button>
        <span className="hint">一份样例政策和二十多份样例报告，随程序附带；适合先看看效果。样例按 2022-01-31 看最有代表性。</span>
        <button type="button" className="link" onClick={() => navigate('help')}>
          状态和规则的说明
        </button>
      </div>
    </section>
  );
}
