/**
 * A read-only, Excel-like view of one simulated sheet. Virtualised: only the rows in (and just
 * around) the viewport are in the DOM, at a fixed row height, so a 50,000-row sheet scrolls as
 * smoothly as a 50-row one. Shows values, fonts, fills (including the add-in's highlights) and
 * merges, and outlines the selected cell, scrolling it into view when the selection changes.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { type CSSProperties, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { columnLetter } from '../engine/grid';
import type { GridCell, GridRect, RowWindow, SheetStructure } from './grid-data';

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 52;
/** Rows rendered above and below the viewport, so fast scrolling does not show blank rows. */
const OVERSCAN = 8;
/** Empty rows shown below the data, as Excel does. */
const EXTRA_ROWS = 30;
const EXTRA_COLS = 3;

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflow: 'auto',
    height: '100%',
    width: '100%',
    backgroundColor: '#ffffff',
    color: '#000000',
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    fontSize: '13px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  canvas: { position: 'relative' },
  headerRow: { position: 'sticky', top: 0, zIndex: 3, height: `${HEADER_HEIGHT}px` },
  colHeader: {
    position: 'absolute',
    top: 0,
    height: `${HEADER_HEIGHT}px`,
    boxSizing: 'border-box',
    borderRight: '1px solid #c8c8c8',
    borderBottom: '1px solid #c8c8c8',
    backgroundColor: '#f3f3f3',
    color: '#404040',
    textAlign: 'center',
    lineHeight: `${HEADER_HEIGHT - 1}px`,
    fontWeight: 400,
  },
  corner: { left: 0, position: 'sticky', zIndex: 4 },
  row: { position: 'absolute', left: 0, height: `${ROW_HEIGHT}px` },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    display: 'inline-block',
    width: `${ROW_HEADER_WIDTH}px`,
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    borderRight: '1px solid #c8c8c8',
    borderBottom: '1px solid #c8c8c8',
    backgroundColor: '#f3f3f3',
    color: '#404040',
    textAlign: 'center',
    lineHeight: `${ROW_HEIGHT - 1}px`,
  },
  cell: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    padding: '0 3px',
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: 'pre',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    backgroundColor: '#ffffff',
  },
  numeric: { textAlign: 'right' },
  merged: { zIndex: 1, whiteSpace: 'normal', lineHeight: '1.2', display: 'flex', alignItems: 'center' },
  selection: {
    position: 'absolute',
    zIndex: 2,
    boxSizing: 'border-box',
    border: '2px solid #107c41',
    pointerEvents: 'none',
    boxShadow: '0 0 0 1px #ffffff inset',
  },
});

export interface GridViewProps {
  readonly data: SheetStructure;
  /** Reads the cells of rows first…last (0-based, inclusive); called only for rows in view. */
  readonly readRows: (first: number, last: number) => RowWindow;
  /** Changes whenever the workbook may have changed, so the rows in view are read again. */
  readonly version: number;
  /** The selected cell or range on this sheet, if any. */
  readonly selection: GridRect | null;
  readonly label: string;
}

function cellStyle(cell: GridCell, left: number, width: number, height: number): CSSProperties {
  const s: CSSProperties = { left, width, height };
  if (cell.fill) s.backgroundColor = cell.fill;
  if (cell.bold) s.fontWeight = 700;
  if (cell.color) s.color = cell.color;
  return s;
}

export function GridView({ data, readRows, version, selection, label }: GridViewProps): JSX.Element {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });

  const colX = useMemo(() => {
    const xs = [ROW_HEADER_WIDTH];
    const n = data.colCount + EXTRA_COLS;
    for (let c = 0; c < n; c++) xs.push(xs[c] + (data.colWidths[c] ?? 64));
    return xs;
  }, [data]);
  const totalRows = data.rowCount + EXTRA_ROWS;
  const totalCols = data.colCount + EXTRA_COLS;
  const width = colX[totalCols];
  const height = HEADER_HEIGHT + totalRows * ROW_HEIGHT;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      setView({ top: el.scrollTop, height: el.clientHeight });
    };
    const onScroll = (): void => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(onScroll) : null;
    ro?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  // Bring the selection into view when it changes (a finding was clicked in the pane).
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selection) return;
    const top = HEADER_HEIGHT + selection.row * ROW_HEIGHT;
    const left = colX[Math.min(selection.col, colX.length - 1)];
    const right = colX[Math.min(selection.col + 1, colX.length - 1)];
    if (top - HEADER_HEIGHT < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    }
    if (left - ROW_HEADER_WIDTH < el.scrollLeft || right > el.scrollLeft + el.clientWidth) {
      el.scrollLeft = Math.max(0, left - ROW_HEADER_WIDTH - 20);
    }
  }, [selection, colX]);

  const first = Math.max(0, Math.floor((view.top - HEADER_HEIGHT) / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(totalRows - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const rowsToDraw: number[] = [];
  for (let r = first; r <= last; r++) rowsToDraw.push(r);
  // A merge that starts above the window still has to be drawn where it reaches into it.
  const extra = new Set<number>();
  for (const m of data.merges) if (m.row < first && m.row + m.rows > first) extra.add(m.row);
  const drawn = [...[...extra].sort((a, b) => a - b), ...rowsToDraw];
  const readFrom = drawn.length > 0 ? drawn[0] : first;
  const cells = useMemo(
    () => readRows(readFrom, last),
    // `version` stands for the workbook's content, which readRows reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [readRows, readFrom, last, version],
  );

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="table"
      aria-label={label}
      aria-rowcount={data.rowCount + 1}
      aria-colcount={data.colCount + 1}
      tabIndex={0}
      data-testid="grid"
      data-sheet={data.name}
      data-rows={data.rowCount}
    >
      <div className={styles.canvas} style={{ height, width }}>
        <div className={styles.headerRow} role="row" aria-rowindex={1} style={{ width }}>
          <span className={`${styles.colHeader} ${styles.corner}`} style={{ width: ROW_HEADER_WIDTH }} role="columnheader" aria-label="#" />
          {Array.from({ length: totalCols }, (_, c) => (
            <span key={c} className={styles.colHeader} style={{ left: colX[c], width: colX[c + 1] - colX[c] }} role="columnheader">
              {columnLetter(c)}
            </span>
          ))}
        </div>
        {drawn.map((r) => {
          const line = cells.get(r);
          return (
            <div key={r} className={styles.row} role="row" aria-rowindex={r + 2} style={{ top: HEADER_HEIGHT + r * ROW_HEIGHT, width }}>
              <span className={styles.rowHeader} role="rowheader">
                {r + 1}
              </span>
              {line?.map((cell, c) => {
                if (!cell) return null;
                const m = cell.merge;
                const w = m ? colX[Math.min(m.col + m.cols, colX.length - 1)] - colX[c] : colX[c + 1] - colX[c];
                const h = m ? m.rows * ROW_HEIGHT : ROW_HEIGHT;
                return (
                  <span
                    key={c}
                    role="cell"
                    className={`${styles.cell}${cell.numeric ? ` ${styles.numeric}` : ''}${m ? ` ${styles.merged}` : ''}`}
                    style={cellStyle(cell, colX[c], w, h)}
                    title={cell.text.length > 12 ? cell.text : undefined}
                    data-addr={`${columnLetter(c)}${r + 1}`}
                    data-fill={cell.fill ?? ''}
                  >
                    {cell.text}
                  </span>
                );
              })}
            </div>
          );
        })}
        {selection ? (
          <div
            className={styles.selection}
            data-testid="grid-selection"
            data-addr={`${columnLetter(selection.col)}${selection.row + 1}`}
            style={{
              top: HEADER_HEIGHT + selection.row * ROW_HEIGHT,
              left: colX[Math.min(selection.col, colX.length - 1)],
              width: colX[Math.min(selection.col + selection.cols, colX.length - 1)] - colX[Math.min(selection.col, colX.length - 1)],
              height: selection.rows * ROW_HEIGHT,
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
