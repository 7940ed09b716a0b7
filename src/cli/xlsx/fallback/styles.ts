/**
 * styles.xml, reduced to what a cell needs: for each cell format (cellXfs index, the s="…" of a
 * cell) its number format code, whether that code is a date, and its font name.
 * The <font>s inside <dxfs> (conditional formats) and the <xf>s of <cellStyleXfs> are different
 * tables and must not be mixed in, or every index shifts.
 */
import { isDateFormat, isTimeOnlyFormat, numFmtCode } from '../cell-format';
import { attr } from './xml-scanner';
import type { Package } from './package';

export interface CellStyle {
  readonly numFmt: string | undefined;
  readonly isDate: boolean;
  /** A time or duration format: not shifted in 1904 workbooks. */
  readonly timeOnly: boolean;
  readonly font: string | undefined;
}

export interface StyleTable {
  readonly styles: readonly CellStyle[];
  /** fonts[0], the workbook's Normal font. */
  readonly defaultFont: string | undefined;
}

export const NO_STYLES: StyleTable = { styles: [], defaultFont: undefined };

export async function readStyles(pkg: Package, part: string): Promise<StyleTable> {
  const customFmts = new Map<number, string>();
  const fonts: Array<string | undefined> = [];
  const xfs: Array<{ numFmtId: number; fontId: number }> = [];
  const stack: string[] = [];
  await pkg.scan(part, {
    wantText: false,
    open(name: string, attrs: string) {
      const parent = stack[stack.length - 1];
      const grand = stack[stack.length - 2];
      stack.push(name);
      if (name === 'numFmt' && parent === 'numFmts') {
        const id = Number(attr(attrs, 'numFmtId'));
        const code = attr(attrs, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) customFmts.set(id, code);
      } else if (name === 'font' && parent === 'fonts') {
        fonts.push(undefined);
      } else if (name === 'name' && parent === 'font' && grand === 'fonts') {
        fonts[fonts.length - 1] = attr(attrs, 'val');
      } else if (name === 'xf' && parent === 'cellXfs') {
        xfs.push({ numFmtId: Number(attr(attrs, 'numFmtId') ?? 0) || 0, fontId: Number(attr(attrs, 'fontId') ?? 0) || 0 });
      }
    },
    close() {
      stack.pop();
    },
    text() {},
  });
  const styles = xfs.map((xf): CellStyle => {
    const code = numFmtCode(xf.numFmtId, customFmts);
    return { numFmt: code, isDate: isDateFormat(code), timeOnly: isTimeOnlyFormat(code), font: fonts[xf.fontId] };
  });
  return { styles, defaultFont: fonts[0] };
}
