import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';

export interface ActiveCell {
  row: number;
  col: number;
}

interface GridKeyboardOptions {
  rowCount: number;
  colCount: number;
  pageRows: number;
  container: RefObject<HTMLElement | null>;
  /** Brings a row into the rendered window before its cell is focused. */
  scrollToRow: (row: number) => void;
}

const cellSelector = (cell: ActiveCell) => `[data-row="${cell.row}"] [data-col="${cell.col}"]`;

/**
 * The ARIA grid pattern: one cell in the tab order, arrow keys, Home/End (Ctrl for the
 * corners) and PageUp/PageDown move it, Enter follows the link or presses the button inside.
 */
export function useGridKeyboard(options: GridKeyboardOptions) {
  const { rowCount, colCount, pageRows, container, scrollToRow } = options;
  const [active, setActive] = useState<ActiveCell>({ row: 0, col: 0 });
  const wantsFocus = useRef(false);

  const clamp = useCallback(
    (cell: ActiveCell): ActiveCell => ({
      row: Math.max(0, Math.min(rowCount - 1, cell.row)),
      col: Math.max(0, Math.min(colCount - 1, cell.col)),
    }),
    [rowCount, colCount],
  );

  useEffect(() => {
    if (!wantsFocus.current) return;
    const selector = cellSelector(active);
    const focus = () => {
      const element = container.current?.querySelector<HTMLElement>(selector);
      element?.focus();
      if (element) wantsFocus.current = false;
      return Boolean(element);
    };
    if (focus()) return;
    // The row was outside the virtual window: it renders on the next frame.
    const frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  });

  const move = useCallback(
    (next: ActiveCell) => {
      const cell = clamp(next);
      wantsFocus.current = true;
      scrollToRow(cell.row);
      setActive(cell);
    },
    [clamp, scrollToRow],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (!target.matches('[data-col]')) return;
      const { row, col } = active;
      const moves: Record<string, ActiveCell | undefined> = {
        ArrowDown: { row: row + 1, col },
        ArrowUp: { row: row - 1, col },
        ArrowRight: { row, col: col + 1 },
        ArrowLeft: { row, col: col - 1 },
        PageDown: { row: row + pageRows, col },
        PageUp: { row: row - pageRows, col },
        Home: event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 },
        End: event.ctrlKey ? { row: rowCount - 1, col: colCount - 1 } : { row, col: colCount - 1 },
      };
      const next = moves[event.key];
      if (next) {
        event.preventDefault();
        move(next);
        return;
      }
      if (event.key === 'Enter' || event.key === ' ') {
        const inner = target.querySelector<HTMLElement>('a, button');
        if (inner) {
          event.preventDefault();
          inner.click();
        }
      }
    },
    [active, move, pageRows, rowCount, colCount],
  );

  /** A click puts the grid's tab stop on the clicked cell. */
  const onFocusCell = useCallback((cell: ActiveCell) => setActive(cell), []);

  return { active: clamp(active), onKeyDown, onFocusCell };
}
