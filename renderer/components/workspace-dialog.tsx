// Browser mode has no file dialogs: the user types the workspace file's path.
import { useState } from 'react';
import { Modal } from './modal';

export function WorkspaceDialog({
  current,
  onSubmit,
  onClose,
}: {
  current: string;
  onSubmit: (path: string, create: boolean) => Promise<string | null>;
  onClose: () => void;
}) {
  const [path, setPath] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (create: boolean) => {
    setBusy(true);
    const err = await onSubmit(path.trim(), create);
    setBusy(false);
    if (err) setError(err);
    else onClose();
  };

  return (
    <Modal title="打开或新建工作区" onClose={onClose}>
      <label className="field">
        <span>工作区文件（.sqlite）的完整路径</span>
        <input
          type="text"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          spellCheck={false}
          data-testid="workspace-path"
          autoFocus
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy || !path.trim()} onClick={() => submit(false)}>
          打开
        </button>
        <button type="button" disabled={busy || !path.trim()} onClick={() => submit(true)}>
          新建
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          取消
        </button>
      </div>
    </Modal>
  );
}
