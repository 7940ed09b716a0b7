/**
 * What the grid view draws for one simulated sheet. Two parts, so a 50,000-row sheet costs
 * only what is on screen:
 *
 * - the sheet's structure (size, merges, column widths): known from the file when it was
 *   opened, or taken once from a snapshot for a sheet the add-in created (the cleaned copy);
 *   the add-in never changes the size of an existing sheet, so it is cached per sheet;
 * - the cells of the rows in view, read from the simulator on each draw, with the fill each
 *   shows: its own fill, or the colour of the first conditional format that applies (which is
 *   how the add-in's highlights appear).
 */
import type { CellSnapshot, ConditionalFormatSnapshot, SheetSnapshot, SimCellInput, SimSheetInit, SimWorkbook } from '../office-sim';
import { columnIndex, columnLetter } from '../engine/grid';
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
  readonly merge: GridRect | null;
}

export interface SheetStructure {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly GridRect[];
  /** Width of each column in CSS pixels. */
  readonly colWidths: readonly number[];
}

/** The cells of some rows: rows.get(r)[c]. */
export type RowWindow = ReadonlyMap<number, ReadonlyArray<GridCell | undefined>>;

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** "B3" or "B3:D5" (optionally "Sheet!B3") → a 0-based rectangle. */
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
 * and the formats the add-in writes (=ISTEXT("appendix-checker:…")) are constant per area, so
 * any formula we cannot prove false is taken as true; a constant FALSE or 0 is false.
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
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
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

function widths(colCount: number, byLetter: Readonly<Record<string, number>> | undefined): number[] {
  const out: number[] = [];
  for (let c = 0; c < Math.max(colCount, 1); c++) out.push(Math.round(DEFAULT_WIDTH_PT * PX_PER_PT));
  for (const [letter, pt] of Object.entries(byLetter ?? {})) {
    const c = columnIndex(letter);
    if (c >= 0 && c < out.length) out[c] = Math.max(24, Math.min(600, Math.round(pt * PX_PER_PT)));
  }
  return out;
}

function withMerges(name: string, rows: number, cols: number, merges: GridRect[], colWidths: Readonly<Record<string, number>> | undefined): SheetStructure {
  let rowCount = rows;
  let colCount = cols;
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.row + m.rows);
    colCount = Math.max(colCount, m.col + m.cols);
  }
  return { name, rowCount, colCount, merges, colWidths: widths(colCount, colWidths) };
}

/** Structure of a sheet as it was read from the file (no simulator call). */
export function structureFromInit(init: SimSheetInit): SheetStructure {
  const cells: ReadonlyArray<ReadonlyArray<SimCellInput>> = init.cells ?? [];
  let rows = 0;
  let cols = 0;
  cells.forEach((line, r) => {
    for (let c = line.length - 1; c >= 0; c--) {
      if (line[c] !== null && line[c] !== undefined) {
        rows = r + 1;
        cols = Math.max(cols, c + 1);
        break;
      }
    }
  });
  const merges = (init.merges ?? []).map(parseRect).filter((r): r is GridRect => r !== null);
  return withMerges(init.name, rows, cols, merges, init.columnWidths);
}

/** Structure of a sheet from a snapshot of it (sheets the add-in created). */
export function structureFromSnapshot(sheet: SheetSnapshot): SheetStructure {
  let rows = 0;
  let cols = 0;
  for (const address of Object.keys(sheet.cells)) {
    const r = parseRect(address);
    if (!r) continue;
    rows = Math.max(rows, r.row + 1);
    cols = Math.max(cols, r.col + 1);
  }
  const merges = sheet.merges.map(parseRect).filter((r): r is GridRect => r !== null);
  return withMerges(sheet.name, rows, cols, merges, sheet.columnWidths);
}

interface ParsedFormat {
  readonly fill: string;
  readonly areas: readonly GridRect[];
}

/** The sheet's conditional formats that apply, in priority order, with parsed areas. */
export function activeFormats(formats: readonly ConditionalFormatSnapshot[]): ParsedFormat[] {
  return formats
    .filter(conditionalFormatApplies)
    .map((cf) => ({ fill: cf.fill as string, areas: cf.areas.map(parseRect).filter((r): r is GridRect => r !== null) }));
}

/**
 * The cells of rows first…last (0-based, inclusive), read from the simulator: display text,
 * font, and the fill shown. Merged areas are reported on their top-left cell.
 */
export function readRows(sim: SimWorkbook, structure: SheetStructure, formats: readonly ParsedFormat[], first: number, last: number): RowWindow {
  const out = new Map<number, (GridCell | undefined)[]>();
  const mergeAt = new Map<string, GridRect>();
  for (const m of structure.merges) mergeAt.set(`${m.row}:${m.col}`, m);

  const cfFill = new Map<string, string>();
  for (const f of formats) {
    for (const a of f.areas) {
      const top = Math.max(a.row, first);
      const bottom = Math.min(a.row + a.rows - 1, last);
      if (top > bottom) continue;
      const right = Math.min(a.col + a.cols, structure.colCount + 3);
      for (let r = top; r <= bottom; r++) {
        for (let c = a.col; c < right; c++) {
          const key = `${r}:${c}`;
          if (!cfFill.has(key)) cfFill.set(key, f.fill);
        }
      }
    }
  }

  const lastRow = Math.min(last, structure.rowCount - 1);
  for (let r = Math.max(0, first); r <= lastRow; r++) {
    const line: (GridCell | undefined)[] = [];
    for (let c = 0; c < structure.colCount; c++) {
      const key = `${r}:${c}`;
      const snap = sim.cell(structure.name, `${columnLetter(c)}${r + 1}`);
      const fill = cfFill.get(key) ?? snap.fill;
      const merge = mergeAt.get(key) ?? null;
      const empty = snap.value === '' && snap.formula === null;
      if (empty && !fill && !merge) continue;
      line[c] = {
        text: displayText(snap),
        numeric: typeof snap.value === 'number',
        bold: snap.font.bold,
        color: snap.font.color && snap.font.color !== '#000000' ? snap.font.color : null,
        fill,
        merge,
      };
    }
    out.set(r, line);
  }
  return out;
}
