// A column header that sorts its table: a button inside the th, with aria-sort telling the current order.
import type { ReactNode } from 'react';
import type { SortState } from '../lib/sort';

export function SortHeader<K extends string>({
  column,
  sort,
  onSort,
  children,
  label,
  className,
  width,
  testId,
}: {
  column: K;
  sort: SortState<K>;
  onSort: (column: K) => void;
  children: ReactNode;
  /** Spoken name of the column when the visible text is short. */
  label?: string;
  className?: string;
  width?: number;
  testId?: string;
}) {
  const on = sort.key === column;
  return (
    <th
      className={`sortable${on ? ' sorted' : ''}${className ? ` ${className}` : ''}`}
      style={width ? { width } : undefined}
      aria-sort={on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      scope="col"
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)} data-testid={testId} title={label ? `按“${label}”排序` : '排序'}>
        {children}
        {label && <span className="visually-hidden">（{label}）</span>}
        <span className="sort-mark" aria-hidden="true">
          {on ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
