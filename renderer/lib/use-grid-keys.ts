// Arrow keys, Home/End and PageUp/PageDown move between the cells of a table with one tab stop (roving tabindex).
// Cells carry data-row and data-col; the table gets onKeyDown, each cell gets tabIndex from tabIndexOf.
import { useCallback, useState, type KeyboardEvent } from 'react';

export interface GridKeys {
  active: { row: number; col: number };
  tabIndexOf(row: number, col: number): 0 | -1;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onFocusCell(row: number, col: number): void;
}

const PAGE = 10;

export function nextCell(key: string, at: { row: number; col: number }, rows: number, cols: number, ctrl = false): { row: number; col: number } | null {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  switch (key) {
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, cols) };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, cols) };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), col: at.col };
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), col: at.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: at.row, col: cols - 1 };
    case 'PageDown':
      return { row: clamp(at.row + PAGE, rows), col: at.col };
    case 'PageUp':
      return { row: clamp(at.row - PAGE, rows), col: at.col };
    default:
      return null;
  }
}

export function useGridKeys(rows: number, cols: number): GridKeys {
  const [active, setActive] = useState({ row: 0, col: 0 });
  // The grid may shrink (a filter); the tab stop stays inside it.
  const at = { row: Math.min(active.row, Math.max(0, rows - 1)), col: Math.min(active.col, Math.max(0, cols - 1)) };

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const next = nextCell(e.key, at, rows, cols, e.ctrlKey || e.metaKey);
      if (!next || rows === 0 || cols === 0) return;
      e.preventDefault();
      setActive(next);
      const cell = e.currentTarget.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`);
      cell?.focus();
      cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    [at.row, at.col, rows, cols],
  );

  return {
    active: at,
    tabIndexOf: (row, col) => (row === at.row && col === at.col ? 0 : -1),
    onKeyDown,
    onFocusCell: (row, col) => setActive({ row, col }),
  };
}
