/**
 * Picks and runs a reader. Runs inside the worker (or in-process when asked), so everything
 * here may be slow or memory-hungry: the caller bounds it.
 *
 * Order ('auto'): the built-in reader first; exceljs only when the built-in reader fails with
 * something other than an InputError (i.e. a bug of ours on an unusual file). An InputError from
 * the built-in reader is final: it reads only the parts it needs and tolerates more than exceljs
 * does, so exceljs would not do better (see the corpus test for the evidence).
 */
import { corrupt, InputError } from './errors';
import { openPackage, readStyleTable, readWithFallback, selectWorksheets } from './fallback';
import { readWorkbookInfo } from './fallback/workbook';
import { readWithExceljs } from './from-exceljs';
import type { ParseRequest, ParseResult } from './types';

export async function parseWorkbook(req: ParseRequest): Promise<ParseResult> {
  if (req.reader === 'exceljs') return { ...(await viaExceljs(req)), reader: 'exceljs' };
  if (req.reader === 'fallback') return { ...(await readWithFallback(req)), reader: 'fallback' };
  try {
    return { ...(await readWithFallback(req)), reader: 'fallback' };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const ownFailure = describe(e);
    const sheetBytes = req.directory.entries
      .filter((x) => /worksheets\/[^/]+\.xml$/i.test(x.name))
      .reduce((n, x) => n + x.uncompressedSize, 0);
    if (sheetBytes > req.exceljsMaxSheetBytes) throw corrupt(`the built-in reader failed: ${ownFailure}`);
    try {
      const r = await viaExceljs(req);
      return {
        ...r,
        warnings: [`the built-in reader failed (${ownFailure}); the workbook was read with exceljs instead`, ...r.warnings],
        reader: 'exceljs',
      };
    } catch (e2) {
      if (e2 instanceof InputError && e2.code !== 'corrupt') throw e2;
      throw corrupt(`the built-in reader failed: ${ownFailure}; exceljs failed too: ${describe(e2)}`);
    }
  }
}

/** exceljs, told how many worksheets to expect and the default font it cannot see. */
async function viaExceljs(req: ParseRequest): Promise<{ sheets: ParseResult['sheets']; warnings: string[] }> {
  let expected: number | undefined;
  let defaultFont: string | undefined;
  let sheetName = req.sheet;
  try {
    const pkg = openPackage(req);
    const info = await readWorkbookInfo(pkg);
    const selected = selectWorksheets(info, req.sheet);
    expected = selected.sheets.length;
    if (req.sheet !== undefined) sheetName = selected.sheets[0]?.name;
    defaultFont = (await readStyleTable(pkg, info, [])).defaultFont;
  } catch (e) {
    // The built-in reader's view of the package is only a cross-check here; a failure to
    // take it (or a refusal such as sheet-not-found) is reported as it is.
    if (e instanceof InputError && e.code !== 'corrupt') throw e;
  }
  try {
    const r = await readWithExceljs(req.path, { limits: req.limits, defaultFont, sheet: sheetName, expectedWorksheets: expected });
    if (r.sheets.length === 0) {
      throw new InputError('no-sheets', 'the workbook contains no worksheets', 'tệp Excel không có trang tính nào');
    }
    return r;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw corrupt(`exceljs could not read it: ${describe(e)}`);
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 300);
  return String(e).slice(0, 300);
}
