/**
 * What the grid view draws for one simulated sheet, computed once per workbook change from the
 * simulator's snapshot: cells by row, the fill each cell shows (its own fill, or the colour of
 * the first conditional format that applies — which is how the add-in's highlights appear),
 * merges, column widths and the text Excel would display.
 */
import type { CellSnapshot, ConditionalFormatSnapshot, SheetSnapshot } from '../office-sim';
import { columnIndex } from '../engine/grid';
import { formatNumberFor } from '../engine/render/labels';

export interface GridRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface GridCell {
  readonly text: string;
  readonly numeric: boolean;
  readonly bold: boolean;
  readonly color: string | null;
  /** The fill shown: a conditional format's colour if one applies, else the cell's own fill. */
  readonly fill: string | null;
  /** The cell's own fill, without conditional formats. */
  readonly baseFill: string | null;
  readonly merge: GridRect | null;
}

export interface GridData {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** rows[r] is a sparse array of cells by column; undefined rows are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell | undefined> | undefined>;
  readonly merges: readonly GridRect[];
  /** Width of each column in CSS pixels. */
  readonly colWidths: readonly number[];
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** "B3" or "B3:D5" → a 0-based rectangle. */
export function parseRect(address: string): GridRect | null {
  const [a, b = a] = address.replace(/^.*!/, '').split(':');
  const ma = A1.exec(a.toUpperCase());
  const mb = A1.exec(b.toUpperCase());
  if (!ma || !mb) return null;
  const r1 = Number(ma[2]) - 1;
  const r2 = Number(mb[2]) - 1;
  const c1 = columnIndex(ma[1]);
  const c2 = columnIndex(mb[1]);
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/**
 * Whether a conditional format's rule is true for its cells. The simulator does not calculate,
 * and the formats the add-in writes are constant per area, so any formula we cannot prove
 * false is taken as true; a constant FALSE or 0 is false.
 */
export function conditionalFormatApplies(cf: ConditionalFormatSnapshot): boolean {
  if (cf.type !== 'Custom' || !cf.fill) return false;
  const f = (cf.formula ?? '').replace(/^=/, '').trim().toUpperCase();
  return !(f === 'FALSE' || f === '0' || f === 'FALSE()');
}

const DATE_FORMAT = /[dmy]/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Excel serial → "dd/mm/yyyy" (1900 date system). */
export function serialToDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** The text Excel shows for a value, close enough for a preview in the Vietnamese locale. */
export function displayText(c: Pick<CellSnapshot, 'value' | 'numberFormat'>): string {
  const v = c.value;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = c.numberFormat ?? 'General';
  const bare = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (bare.includes('%')) return `${formatNumberFor('vi', v * 100, 2)}%`;
  if (DATE_FORMAT.test(bare) && !/^general$/i.test(fmt)) return serialToDate(v);
  if (/[#0],[#0]/.test(bare) || /0\.0/.test(bare)) return formatNumberFor('vi', v, 2);
  return String(Math.round(v * 1e9) / 1e9).replace('.', ',');
}

/** Excel's default column width in points, and points → CSS pixels. */
const DEFAULT_WIDTH_PT = 48;
const PX_PER_PT = 4 / 3;

export function buildGridData(sheet: SheetSnapshot): GridData {
  const rows: (GridCell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  const merges = sheet.merges.map(parseRect).filter((r): r is GridRect => r !== null);
  const mergeAt = new Map<string, GridRect>();
  for (const m of merges) mergeAt.set(`${m.row}:${m.col}`, m);

  // Conditional formats in priority order: the first that applies to a cell wins.
  const cfFill = new Map<string, string>();
  for (const cf of sheet.conditionalFormats) {
    if (!conditionalFormatApplies(cf) || !cf.fill) continue;
    for (const area of cf.areas) {
      const r = parseRect(area);
      if (!r) continue;
      // Whole-column or whole-row formats would be a million cells; the used area is enough.
      const lastRow = Math.min(r.row + r.rows, r.row + 200_000);
      const lastCol = Math.min(r.col + r.cols, r.col + 500);
      for (let row = r.row; row < lastRow; row++) {
        for (let col = r.col; col < lastCol; col++) {
          const key = `${row}:${col}`;
          if (!cfFill.has(key)) cfFill.set(key, cf.fill);
        }
      }
    }
  }

  const put = (row: number, col: number, cell: GridCell): void => {
    (rows[row] ??= [])[col] = cell;
    if (row + 1 > rowCount) rowCount = row + 1;
    if (col + 1 > colCount) colCount = col + 1;
  };

  for (const [address, c] of Object.entries(sheet.cells)) {
    const r = parseRect(address);
    if (!r) continue;
    const key = `${r.row}:${r.col}`;
    const numeric = typeof c.value === 'number';
    put(r.row, r.col, {
      text: displayText(c),
      numeric,
      bold: c.font.bold,
      color: c.font.color && c.font.color !== '#000000' ? c.font.color : null,
      fill: cfFill.get(key) ?? c.fill,
      baseFill: c.fill,
      merge: mergeAt.get(key) ?? null,
    });
  }
  // Highlighted cells that are empty still show their colour.
  for (const [key, fill] of cfFill) {
    const [row, col] = key.split(':').map(Number);
    if (rows[row]?.[col] || row >= rowCount || col >= colCount) continue;
    put(row, col, { text: '', numeric: false, bold: false, color: null, fill, baseFill: null, merge: mergeAt.get(key) ?? null });
  }
  for (const m of merges) {
    if (!rows[m.row]?.[m.col]) put(m.row, m.col, { text: '', numeric: false, bold: false, color: null, fill: null, baseFill: null, merge: m });
    rowCount = Math.max(rowCount, m.row + m.rows);
    colCount = Math.max(colCount, m.col + m.cols);
  }

  const colWidths: number[] = [];
  for (let c = 0; c < Math.max(colCount, 1); c++) colWidths.push(Math.round(DEFAULT_WIDTH_PT * PX_PER_PT));
  for (const [letter, pt] of Object.entries(sheet.columnWidths)) {
    const c = columnIndex(letter);
    if (c >= 0 && c < colWidths.length) colWidths[c] = Math.max(24, Math.min(600, Math.round(pt * PX_PER_PT)));
  }
  return { name: sheet.name, rowCount, colCount, rows, merges, colWidths };
}
