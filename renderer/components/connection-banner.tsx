// Says plainly when the page has lost the Node side, and what brings it back.
import { useEffect, useState } from 'react';
import type { Connection, ConnectionState } from '../api/connection';

export function ConnectionBanner({ connection, mode }: { connection: Connection; mode: 'electron' | 'browser' }) {
  const [state, setState] = useState<ConnectionState>(connection.state());
  useEffect(() => connection.subscribe(setState), [connection]);
  if (state === 'ok') return null;
  return (
    <div className={`connection-banner connection-${state}`} role="alert" data-testid="connection-banner" data-state={state}>
      {state === 'token-refused' ? (
        <>
          <strong>本页已与程序断开：访问令牌已失效。</strong>
          <span>
            浏览器模式重新启动过，每次启动都会换一个新的访问令牌，这个标签页里还是旧的。工作区里的数据没有受影响。请打开启动窗口（命令行）里新打印的地址（以 <code>#token=</code> 结尾的那一行），或把它粘贴到本页的地址栏后回车。
          </span>
        </>
      ) : state === 'unreachable' ? (
        <>
          <strong>无法连接本机服务。</strong>
          <span>{mode === 'browser' ? '浏览器模式可能已经退出。请重新运行 npm run web，再打开它新打印的地址。' : '请重新启动程序。'}</span>
          <button type="button" className="secondary small" onClick={() => window.location.reload()}>
            重新连接
          </button>
        </>
      ) : (
        <>
          <strong>本机服务长时间没有应答。</strong>
          <span>刚才的操作可能没有完成。稍等片刻后重试；若一直如此，请重新启动程序。</span>
          <button type="button" className="secondary small" onClick={() => window.location.reload()}>
            刷新页面
          </button>
        </>
      )}
    </div>
  );
}
