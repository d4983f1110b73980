import type { Header, ReactTable, Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityRecord } from '../api';
import type { GridFeatures } from './grid-features';
import { useGridKeyboard, type ActiveCell } from './use-grid-keyboard';

const ROW_HEIGHT = 37;
const RESIZE_STEP = 16;

type Table = ReactTable<GridFeatures, EntityRecord>;

interface GridTableProps {
  table: Table;
  label: string;
  highlightId?: string;
  /** A new view is loading: the rows shown are the last view's. */
  busy?: boolean;
  /** The id of the text that says how to sort by more than one column. */
  sortHintId?: string;
}

/** ARIA wants aria-sort on one header only: the first sort key; the others say so in words. */
function ariaSort(header: Header<GridFeatures, EntityRecord, unknown>) {
  const sorted = header.column.getIsSorted();
  if (header.column.getSortIndex() > 0) return 'none';
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

function ColumnHeader({
  header,
  table,
  sortHintId,
}: {
  header: Header<GridFeatures, EntityRecord, unknown>;
  table: Table;
  sortHintId?: string;
}) {
  const { t } = useTranslation();
  const { column } = header;
  const name = String(column.columnDef.header);
  const sorted = column.getIsSorted();
  const index = column.getSortIndex();
  const several = (table.options.state?.sorting?.length ?? 0) > 1;
  const resizeByKey = (event: KeyboardEvent) => {
    const delta =
      event.key === 'ArrowRight' ? RESIZE_STEP : event.key === 'ArrowLeft' ? -RESIZE_STEP : 0;
    if (!delta) return;
    event.preventDefault();
    table.setColumnSizing((sizes) => ({
      ...sizes,
      [column.id]: Math.max(60, column.getSize() + delta),
    }));
  };
  const handler = header.getResizeHandler();
  return (
    <div
      role="columnheader"
      aria-sort={ariaSort(header)}
      className="grid-th"
      style={{ width: header.getSize() }}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          className="sort-button"
          onClick={column.getToggleSortingHandler()}
          aria-describedby={sortHintId}
        >
          <span className="truncate">{name}</span>
          <span aria-hidden="true" className="sort-mark">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
            {sorted && several ? index + 1 : ''}
          </span>
          {sorted && index > 0 && (
            <span className="visually-hidden">
              {t('records.sortedAs', {
                order: index + 1,
                direction: t(sorted === 'asc' ? 'records.sortAscending' : 'records.sortDescending'),
              })}
            </span>
          )}
        </button>
      ) : (
        <span className="sort-button truncate">{name}</span>
      )}
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={t('records.resize', { name })}
        aria-valuenow={header.getSize()}
        aria-valuemin={60}
        aria-valuemax={1000}
        tabIndex={0}
        className={`resizer${column.getIsResizing() ? ' resizing' : ''}`}
        onMouseDown={handler}
        onTouchStart={handler}
        onKeyDown={resizeByKey}
        onDoubleClick={() => column.resetSize()}
      />
    </div>
  );
}

interface GridRowProps {
  table: Table;
  row: Row<GridFeatures, EntityRecord>;
  index: number;
  start: number;
  /** The column of the grid's tab stop when it is in this row, else -1. */
  activeCol: number;
  /** Visible columns and their widths: a row re-renders only when these change. */
  layout: string;
  highlighted: boolean;
  onFocusCell: (cell: ActiveCell) => void;
}

/** One body row. Memoised: scrolling renders only the rows that come into view. */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { table, row, index, start, activeCol, highlighted, onFocusCell } = props;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-row={index}
      className={`grid-tr${highlighted ? ' highlight' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    >
      {row.getVisibleCells().map((cell, col) => (
        <div
          role="gridcell"
          key={cell.id}
          data-col={col}
          tabIndex={activeCol === col ? 0 : -1}
          className="grid-td"
          style={{ width: cell.column.getSize() }}
          onFocus={() => onFocusCell({ row: index, col })}
        >
          <table.FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});

/**
 * The grid body is virtual: only the rows in view (plus a few) are in the DOM, so a page
 * of 1,000 records scrolls as smoothly as one of 25. aria-rowcount tells the full count.
 */
export function GridTable({ table, label, highlightId, busy, sortHintId }: GridTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { rows } = table.getRowModel();
  const columns = table.getVisibleLeafColumns();
  // TanStack Virtual returns fresh functions each render; this app does not use React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 6,
  });
  const scrollToRow = useCallback(
    (row: number) => virtualizer.scrollToIndex(row, { align: 'auto' }),
    [virtualizer],
  );
  const keyboard = useGridKeyboard({
    rowCount: rows.length,
    colCount: columns.length,
    pageRows: Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1),
    container: scroller,
    scrollToRow,
  });
  const width = table.getTotalSize();
  const layout = columns.map((column) => `${column.id}:${column.getSize()}`).join(',');

  return (
    <div className="grid-scroll" ref={scroller} data-testid="grid-scroll">
      <div
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length}
        aria-busy={busy || undefined}
        className="grid"
        style={{ width }}
        onKeyDown={keyboard.onKeyDown}
      >
        <div role="rowgroup" className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} key={group.id} className="grid-tr">
              {group.headers.map((header) => (
                <ColumnHeader
                  key={header.id}
                  header={header}
                  table={table}
                  sortHintId={sortHintId}
                />
              ))}
            </div>
          ))}
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <GridRow
                key={row.id}
                table={table}
                row={row}
                index={item.index}
                start={item.start}
                activeCol={keyboard.active.row === item.index ? keyboard.active.col : -1}
                layout={layout}
                highlighted={row.original.id === highlightId}
                onFocusCell={keyboard.onFocusCell}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
