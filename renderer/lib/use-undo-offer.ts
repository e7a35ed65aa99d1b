// After a change the office may regret (merge, split, remove, 设为泛指): the success notice carries 撤销, which
// reverts exactly that journal entry — not whatever happened last — and says what was undone.
import { useCallback } from 'react';
import type { JournalKind } from '../../shared/views';
import { useApp } from '../app-context';

export function useUndoOffer(): (kind: JournalKind, text: string) => Promise<void> {
  const { client, notify, dataChanged } = useApp();
  return useCallback(
    async (kind, text) => {
      const latest = await client.call('journal/list', { filter: { kinds: [kind] } });
      const entry = latest.ok ? latest.value.find((e) => e.undoneBy === null && e.undoable) : undefined;
      if (!entry) return notify('success', text);
      notify('success', text, {
        label: '撤销',
        run: async () => {
          const r = await client.call('journal/undo', { id: entry.id });
          if (!r.ok) return notify('error', r.error.message);
          notify('success', `已撤销：${entry.summary}`);
          dataChanged();
        },
      });
    },
    [client, notify, dataChanged],
  );
}
