/**
 * Cell-level rules both readers share, so that the exceljs path and the built-in reader turn the
 * same file into the same grid: which number formats are dates, which fonts are worth keeping,
 * how dates become serials, how a shared formula reads in the cells that borrow it.
 */
import { columnLetter } from '../../engine/grid';
import type { Cell, CellScalar } from '../../engine/grid';

/** Excel's built-in number formats (ECMA-376 §18.8.30) that files reference by id only. */
const BUILTIN_NUM_FMTS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Ids 27–36 and 50–58 are East Asian date/time formats whose code depends on the install
 * language. The code matters less than knowing they are dates, so they get a neutral one.
 */
function localeBuiltin(id: number): string | undefined {
  if ((id >= 27 && id <= 31) || id === 36 || (id >= 50 && id <= 58)) return 'yyyy-mm-dd';
  if (id >= 32 && id <= 35) return 'h:mm:ss';
  return undefined;
}

/** The format code for a numFmtId, from the file's own table first, then the built-ins. */
export function numFmtCode(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  const own = custom.get(id);
  if (own !== undefined) return own;
  if (id === 0) return undefined;
  return BUILTIN_NUM_FMTS[id] ?? localeBuiltin(id);
}

export { isDateFormat, isTimeOnlyFormat } from '../../engine/number-format';

/**
 * Default fonts that carry no information for the engine (it wants the font name to spot legacy
 * Vietnamese encodings such as .VnTime or VNI-Times). A cell in the workbook's default font is
 * stored without `font` only when that default is one of these; a workbook whose default font
 * is itself a legacy font keeps the name on every cell, because that is the signal.
 */
const PLAIN_DEFAULT_FONTS = new Set(
  [
    'Calibri',
    'Calibri Light',
    'Cambria',
    'Aptos',
    'Aptos Narrow',
    'Arial',
    'Times New Roman',
    'Liberation Sans',
    'Liberation Serif',
    'DejaVu Sans',
    'Noto Sans',
    'Segoe UI',
    'Tahoma',
    'Verdana',
  ].map((f) => f.toLowerCase()),
);

/** The font name to store on a cell, or undefined to leave it off (see PLAIN_DEFAULT_FONTS). */
export function fontToKeep(name: string | undefined, defaultFont: string | undefined): string | undefined {
  if (!name) return undefined;
  if (defaultFont !== undefined && name === defaultFont && PLAIN_DEFAULT_FONTS.has(name.toLowerCase())) return undefined;
  return name;
}

/** The number format to store on a number cell: anything but General. */
export function numFmtToKeep(code: string | undefined): string | undefined {
  if (!code || code.toLowerCase() === 'general') return undefined;
  return code;
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and 1904 date systems' day zero. */
export const DATE1904_OFFSET = 1_462;

/**
 * A JS Date (exceljs hands dates as UTC instants) as a 1900-system serial. The grid has no
 * date-system flag, so every date serial it carries is in the 1900 system, whatever the file.
 */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** An ISO 8601 date/time from a t="d" cell as a 1900-system serial; no zone means UTC. */
export function isoToSerial(iso: string): number | undefined {
  const s = iso.trim();
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(s);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(s);
  const ms = Date.parse(dateOnly || hasZone ? s : `${s}Z`);
  if (Number.isNaN(ms)) return undefined;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Builds a Cell with only the fields that carry something (smaller objects, equal shapes). */
export function makeCell(
  value: CellScalar,
  extra: { date?: boolean; error?: boolean; numberFormat?: string; font?: string; formula?: string } = {},
): Cell {
  const cell: {
    value: CellScalar;
    date?: boolean;
    error?: boolean;
    numberFormat?: string;
    font?: string;
    formula?: string;
  } = { value };
  if (extra.date) cell.date = true;
  if (extra.error) cell.error = true;
  if (extra.numberFormat !== undefined) cell.numberFormat = extra.numberFormat;
  if (extra.font !== undefined) cell.font = extra.font;
  if (extra.formula !== undefined) cell.formula = extra.formula;
  return cell;
}

/** Excel's error literals; a cached value outside this list is kept as text. */
export const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

const REF_CANDIDATE = /(?:[A-Za-z_\-0-9]*!)?([A-Za-z0-9_$]{2,})(\()?/g;
const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)$/;

/**
 * A shared formula as it reads in a cell `dRow`/`dCol` away from the master: relative references
 * move, absolute ones ($A$1) stay. String literals and quoted sheet names are left alone.
 * Names that look like references but are followed by "(" are functions (LOG10, ATAN2).
 */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.slice(i).search(/["']/);
    const plainEnd = q < 0 ? formula.length : i + q;
    out += formula.slice(i, plainEnd).replace(REF_CANDIDATE, (match: string, addr: string, paren?: string) => {
      if (paren) return match;
      const m = CELL_REF.exec(addr);
      if (!m) return match;
      const letters = m[2].toUpperCase();
      if (letters.length === 3 && letters > 'XFD') return match;
      let col = lettersToCol(letters);
      let row = Number(m[4]);
      if (!m[1]) col += dCol;
      if (!m[3]) row += dRow;
      if (col < 0 || row < 1) return '#REF!';
      return match.slice(0, match.length - addr.length) + m[1] + columnLetter(col) + m[3] + String(row);
    });
    if (plainEnd >= formula.length) break;
    // Copy the quoted run verbatim; a doubled quote inside is an escaped quote.
    const quote = formula[plainEnd];
    let j = plainEnd + 1;
    while (j < formula.length) {
      if (formula[j] === quote) {
        if (formula[j + 1] === quote) j += 2;
        else break;
      } else j++;
    }
    out += formula.slice(plainEnd, j + 1);
    i = j + 1;
  }
  return out;
}

/** "A" → 0, "AA" → 26. */
export function lettersToCol(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n - 1;
}

export { columnLetter as colToLetters } from '../../engine/grid';

/** Parses "B3" / "$B$3" into 0-based row/col; undefined for anything else (e.g. r="11_2"). */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  if (!m) return undefined;
  const col = lettersToCol(m[1]);
  const row = Number(m[2]) - 1;
  if (col > 16383 || row < 0 || row > 1_048_575) return undefined;
  return { row, col };
}

/** Parses "A1:B2" (or a single "A1") into a 0-based inclusive area. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b] = ref.trim().split(':');
  const start = parseCellRef(a ?? '');
  const end = b === undefined ? start : parseCellRef(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
