import { useApp, type ViewName } from '../app-context';
import { focusMainContent } from '../lib/focus';

const ITEMS: { view: ViewName; label: string; hint: string; icon: string }[] = [
  { view: 'overview', label: '总览', hint: '各政策落实概况、即将到期、部门排名和趋势', icon: '览' },
  { view: 'documents', label: '文件', hint: '导入政策文件和落实报告', icon: '文' },
  { view: 'policy', label: '政策', hint: '政策措施台账', icon: '政' },
  { view: 'matrix', label: '落实矩阵', hint: '部门 × 措施落实情况', icon: '矩' },
  { view: 'compare', label: '对照', hint: '措施原文与部门报告对照', icon: '照' },
  { view: 'search', label: '检索', hint: '全文检索', icon: '检' },
  { view: 'departments', label: '部门', hint: '部门名称与别名', icon: '部' },
  { view: 'history', label: '历史', hint: '操作记录与撤销', icon: '史' },
];

export function Nav() {
  const { view, navigate, info, importer } = useApp();
  const { state } = importer;
  return (
    <nav className="nav" aria-label="主导航">
      <div className="brand">
        <span className="brand-mark">落</span>
        <span className="brand-name">落实</span>
      </div>
      {ITEMS.map((item) => {
        // A department's page belongs under 部门.
        const active = view === item.view || (item.view === 'departments' && view === 'department');
        return (
        <button
          key={item.view}
          type="button"
          className={`nav-item${active ? ' active' : ''}`}
          aria-current={active ? 'page' : undefined}
          title={item.hint}
          data-testid={`nav-${item.view}`}
          // chosen from the keyboard (a click with no pointer), the focus goes on to the view itself
          onClick={(e) => { navigate(item.view); if (e.detail === 0) focusMainContent(); }}
        >
          <span className="nav-icon" aria-hidden="true">
            {item.icon}
          </span>
          <span className="nav-label">{item.label}</span>
          {item.view === 'documents' && importer.busy && (
            <span className="nav-busy" data-testid="nav-import-busy">
              导入 {state.done}/{state.total}
            </span>
          )}
        </button>
        );
      })}
      <button
        type="button"
        className={`nav-item nav-help${view === 'help' ? ' active' : ''}`}
        aria-current={view === 'help' ? 'page' : undefined}
        title="状态和规则的说明"
        data-testid="nav-help"
        onClick={(e) => { navigate('help'); if (e.detail === 0) focusMainContent(); }}
      >
        <span className="nav-icon" aria-hidden="true">
          ?
        </span>
        <span className="nav-label">帮助</span>
      </button>
      <div className="nav-foot">
        {info ? (
          <>
            <div>文件 {info.documentCount}</div>
            <div>报告 {info.submissionCount}</div>
          </>
        ) : null}
      </div>
    </nav>
  );
}
