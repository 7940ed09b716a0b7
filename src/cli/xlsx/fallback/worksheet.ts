/**
 * One worksheet part → SheetBuilder, in a single streaming pass.
 *
 * Handles what real files do rather than what the schema promises: rows and cells without r=
 * (counted from the previous one), unparseable refs like r="11_2" (same), t="inlineStr" with its
 * text in <v>, t="d" ISO dates, shared formulas (re-based from their master, as exceljs does),
 * and merges listed after the data.
 */
import type { CellScalar } from '../../../engine/grid';
import {
  DATE1904_OFFSET,
  fontToKeep,
  isoToSerial,
  makeCell,
  numFmtToKeep,
  parseCellRef,
  parseRange,
  slideFormula,
} from '../cell-format';
import { SheetBuilder, type GridLimits } from '../grid-builder';
import type { Package } from './package';
import type { CellStyle, StyleTable } from './styles';
import { InlineTextCollector } from './text-collector';
import { attr, decodeOoxmlEscapes, type XmlSink } from './xml-scanner';

export interface SheetContext {
  readonly strings: readonly string[] | undefined;
  readonly styles: StyleTable;
  readonly date1904: boolean;
  readonly limits: GridLimits;
}

const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const NO_STYLE: CellStyle = { numFmt: undefined, isDate: false, timeOnly: false, font: undefined };

export async function readWorksheet(
  pkg: Package,
  part: string,
  name: string,
  hidden: boolean,
  ctx: SheetContext,
): Promise<SheetBuilder> {
  const builder = new SheetBuilder(name, hidden, ctx.limits);
  const sink = new WorksheetSink(builder, ctx);
  await pkg.scan(part, sink);
  sink.finish();
  return builder;
}

/** Which text the sink is collecting right now. */
enum Capture {
  None,
  Value,
  Formula,
  Inline,
}

class WorksheetSink implements XmlSink {
  private inSheetData = false;
  private inRow = false;
  private inCell = false;
  private inInline = false;
  private inMergeCells = false;
  private capture = Capture.None;

  private row = -1;
  private col = -1;
  private cellRow = 0;
  private cellCol = 0;
  private cellType = '';
  private cellStyle = 0;
  private valueText: string | undefined;
  private formulaText: string | undefined;
  private formulaShared = false;
  private formulaSi: string | undefined;
  private readonly inline = new InlineTextCollector();
  private sawInline = false;

  /** Shared-formula masters by si: their text and position. */
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  private missingStrings = 0;

  constructor(
    private readonly builder: SheetBuilder,
    private readonly ctx: SheetContext,
  ) {}

  get wantText(): boolean {
    if (this.capture === Capture.Inline) return this.inline.wantText;
    return this.capture !== Capture.None;
  }

  open(name: string, attrs: string): void {
    if (this.inCell) {
      if (this.inInline) {
        this.inline.open(name);
        return;
      }
      switch (name) {
        case 'v':
          this.capture = Capture.Value;
          this.valueText = '';
          return;
        case 'f': {
          this.capture = Capture.Formula;
          this.formulaText = '';
          this.formulaShared = attr(attrs, 't') === 'shared';
          this.formulaSi = attr(attrs, 'si');
          return;
        }
        case 'is':
          this.inInline = true;
          this.sawInline = true;
          this.capture = Capture.Inline;
          this.inline.reset();
          return;
        default:
          return;
      }
    }
    if (name === 'c' && this.inRow) {
      this.startCell(attrs);
      return;
    }
    if (name === 'row' && this.inSheetData) {
      this.inRow = true;
      const r = Number(attr(attrs, 'r'));
      this.row = Number.isInteger(r) && r >= 1 && r <= 1_048_576 ? r - 1 : this.row + 1;
      this.col = -1;
      return;
    }
    if (name === 'sheetData') {
      this.inSheetData = true;
      return;
    }
    if (name === 'mergeCells') {
      this.inMergeCells = true;
      return;
    }
    if (name === 'mergeCell' && this.inMergeCells) {
      const ref = attr(attrs, 'ref');
      const area = ref !== undefined ? parseRange(ref) : undefined;
      if (area !== undefined) this.builder.addMerge(area);
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (this.inInline) {
        if (name === 'is') {
          this.inInline = false;
          this.capture = Capture.None;
        } else this.inline.close(name);
        return;
      }
      if (name === 'v' || name === 'f') {
        this.capture = Capture.None;
        return;
      }
      if (name === 'c') {
        this.inCell = false;
        this.capture = Capture.None;
        this.finishCell();
      }
      return;
    }
    if (name === 'row') this.inRow = false;
    else if (name === 'sheetData') this.inSheetData = false;
    else if (name === 'mergeCells') this.inMergeCells = false;
  }

  text(t: string): void {
    switch (this.capture) {
      case Capture.Value:
        this.valueText += t;
        break;
      case Capture.Formula:
        this.formulaText += t;
        break;
      case Capture.Inline:
        this.inline.text(t);
        break;
      default:
        break;
    }
  }

  finish(): void {
    if (this.missingStrings > 0) {
      this.builder.warnings.push(
        `sheet "${this.builder.name}": ${this.missingStrings} text cell(s) point to shared strings that do not exist and were left empty`,
      );
    }
  }

  private startCell(attrs: string): void {
    this.inCell = true;
    const ref = attr(attrs, 'r');
    const pos = ref !== undefined ? parseCellRef(ref) : undefined;
    if (pos !== undefined) {
      this.cellRow = pos.row;
      this.cellCol = pos.col;
      // Keep the row counter in step, for a following <row> or <c> that has no r=.
      this.row = pos.row;
    } else {
      this.cellRow = Math.max(this.row, 0);
      this.cellCol = this.col + 1;
    }
    this.col = this.cellCol;
    this.cellType = attr(attrs, 't') ?? 'n';
    const s = Number(attr(attrs, 's') ?? 0);
    this.cellStyle = Number.isInteger(s) && s >= 0 ? s : 0;
    this.valueText = undefined;
    this.formulaText = undefined;
    this.formulaShared = false;
    this.formulaSi = undefined;
    this.sawInline = false;
  }

  private finishCell(): void {
    const row = this.cellRow;
    const col = this.cellCol;
    const formula = this.resolveFormula(row, col);
    if (this.builder.full) return;

    const style = this.ctx.styles.styles[this.cellStyle] ?? this.ctx.styles.styles[0] ?? NO_STYLE;
    const v = this.valueText;
    let value: CellScalar = null;
    let error = false;
    let date = false;
    switch (this.cellType) {
      case 's': {
        if (v === undefined || v.trim() === '') break;
        const s = this.ctx.strings?.[Number(v)];
        if (s === undefined) this.missingStrings++;
        else value = s;
        break;
      }
      case 'str':
        value = v === undefined ? null : decodeOoxmlEscapes(v);
        break;
      case 'inlineStr':
        // Some writers declare inlineStr and put the text in <v> (duplicate-filename.xlsx).
        value = this.sawInline ? decodeOoxmlEscapes(this.inline.value()) : v === undefined ? null : decodeOoxmlEscapes(v);
        break;
      case 'b': {
        const b = (v ?? '').trim().toLowerCase();
        if (b === '1' || b === 'true') value = true;
        else if (b === '0' || b === 'false') value = false;
        break;
      }
      case 'e':
        if (v !== undefined && v.trim() !== '') {
          value = v.trim();
          error = true;
        }
        break;
      case 'd': {
        if (v === undefined || v.trim() === '') break;
        const serial = isoToSerial(v);
        if (serial === undefined) value = v;
        else {
          value = serial;
          date = true;
        }
        break;
      }
      default: {
        if (v === undefined || v.trim() === '') break;
        // Strictly a decimal number: Number() would also take "0x1A", "Infinity" or "1_000".
        const n = DECIMAL.test(v) ? Number(v) : Number.NaN;
        if (Number.isNaN(n)) value = v;
        else {
          value = n;
          if (style.isDate) {
            date = true;
            // The grid carries 1900-system serials only (it has no date-system flag); times and
            // durations are day fractions in both systems and stay as they are.
            if (this.ctx.date1904 && !style.timeOnly) value = n + DATE1904_OFFSET;
          }
        }
      }
    }
    if (value === '' && formula === undefined) value = null;
    if (value === null && formula === undefined) return;
    this.builder.set(
      row,
      col,
      makeCell(value, {
        date,
        error,
        numberFormat: typeof value === 'number' ? numFmtToKeep(style.numFmt) : undefined,
        font: fontToKeep(style.font, this.ctx.styles.defaultFont),
        formula,
      }),
    );
  }

  /** The cell's formula text; shared formulas are re-based from their master. */
  private resolveFormula(row: number, col: number): string | undefined {
    const text = this.formulaText;
    if (text === undefined) return undefined;
    const f = text.trim();
    if (this.formulaShared && this.formulaSi !== undefined) {
      if (f.length > 0) {
        this.sharedMasters.set(this.formulaSi, { formula: f, row, col });
        return f;
      }
      const master = this.sharedMasters.get(this.formulaSi);
      return master ? slideFormula(master.formula, row - master.row, col - master.col) : undefined;
    }
    return f.length > 0 ? f : undefined;
  }
}
