// How the link to the Node side is doing, as the transports see it: fine, the token refused (browser mode was
// restarted and this tab still holds the old token), the service unreachable, or a call that never answered.
export type ConnectionState = 'ok' | 'token-refused' | 'unreachable' | 'timeout';

export interface Connection {
  state(): ConnectionState;
  report(state: ConnectionState): void;
  subscribe(listener: (state: ConnectionState) => void): () => void;
}

export function createConnection(): Connection {
  let current: ConnectionState = 'ok';
  const listeners = new Set<(state: ConnectionState) => void>();
  return {
    state: () => current,
    report(state) {
      // A refused token stays refused until the page is reloaded with a new one.
      if (state === current || current === 'token-refused') return;
      current = state;
      for (const l of listeners) l(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** How long a call may take before the user is told; exports and imports of big files take longer. */
export function timeoutFor(channel: string): number {
  if (channel.startsWith('export/')) return 120_000;
  if (channel === 'documents/import' || channel.startsWith('workspace/')) return 60_000;
  return 30_000;
}

export function timeoutMessage(ms: number): string {
  return `本机服务 ${Math.round(ms / 1000)} 秒内没有应答，操作可能没有完成。请稍后再试；若一直如此，请重新启动程序。`;
}
