import type { Notice } from '../app-context';

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  if (!notices.length) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              className="secondary small"
              data-testid="notice-action"
              onClick={() => {
                onDismiss(n.id);
                void n.action?.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="link" aria-label="关闭提示" onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
