/**
 * The built-in reader: package → workbook.xml → shared strings, styles → each worksheet, all
 * streamed, all bounded by the request's limits and deadline.
 */
import type { SheetGrid } from '../../../engine/grid';
import { corrupt, InputError, timeoutError } from '../errors';
import type { ParseRequest } from '../types';
import { Package } from './package';
import { readSharedStrings } from './shared-strings';
import { NO_STYLES, readStyles, type StyleTable } from './styles';
import { pickSheet, readWorkbookInfo, type SheetEntry, type WorkbookInfo } from './workbook';
import { readWorksheet } from './worksheet';

export function checkpointFor(req: Pick<ParseRequest, 'deadline' | 'timeoutMs'>): () => void {
  return () => {
    if (Date.now() > req.deadline) throw timeoutError(req.timeoutMs);
  };
}

export function openPackage(req: ParseRequest): Package {
  return new Package(req.path, req.directory, { maxPartBytes: req.maxPartBytes, checkpoint: checkpointFor(req) });
}

/** The worksheets to read, in workbook order, after applying the `sheet` option. */
export function selectWorksheets(info: WorkbookInfo, wanted: string | undefined): { sheets: SheetEntry[]; warnings: string[] } {
  const warnings: string[] = [];
  let candidates: readonly SheetEntry[] = info.sheets;
  if (wanted !== undefined) {
    const s = pickSheet(info.sheets, wanted);
    if (s.kind !== 'worksheet') {
      throw new InputError(
        'sheet-not-found',
        `"${s.name}" is a ${s.kind === 'chartsheet' ? 'chart sheet' : `${s.kind} sheet`}, not a worksheet with cells`,
        `"${s.name}" là trang biểu đồ hoặc trang đặc biệt, không phải trang tính có ô dữ liệu`,
      );
    }
    candidates = [s];
  }
  const sheets: SheetEntry[] = [];
  for (const s of candidates) {
    if (s.kind === 'chartsheet' || s.kind === 'dialogsheet' || s.kind.toLowerCase().includes('macrosheet')) continue;
    if (s.part === undefined) {
      warnings.push(`sheet "${s.name}" is listed in the workbook but its part is missing; it was skipped`);
      continue;
    }
    if (s.kind !== 'worksheet') {
      warnings.push(`sheet "${s.name}" has an unknown type (${s.kind}); it was skipped`);
      continue;
    }
    sheets.push(s);
  }
  if (sheets.length === 0) {
    if (info.sheets.some((s) => s.kind === 'worksheet' || s.kind === 'missing')) {
      throw corrupt('the sheets listed in the workbook point to parts that do not exist');
    }
    throw new InputError(
      'no-sheets',
      info.sheets.length === 0
        ? 'the workbook contains no sheets'
        : 'the workbook contains no worksheets with cells (only chart sheets)',
      info.sheets.length === 0 ? 'tệp Excel không có trang tính nào' : 'tệp Excel không có trang tính chứa ô dữ liệu (chỉ có trang biểu đồ)',
    );
  }
  return { sheets, warnings };
}

/** The workbook's style table, or none when styles.xml is absent or unreadable (values still count). */
export async function readStyleTable(pkg: Package, info: WorkbookInfo, warnings: string[]): Promise<StyleTable> {
  if (info.stylesPart === undefined) return NO_STYLES;
  try {
    return await readStyles(pkg, info.stylesPart);
  } catch (e) {
    if (e instanceof InputError && e.code !== 'corrupt') throw e;
    warnings.push(`the workbook's styles could not be read (${(e as Error).message}); number formats and fonts are unknown`);
    return NO_STYLES;
  }
}

export async function readWithFallback(req: ParseRequest): Promise<{ sheets: SheetGrid[]; warnings: string[] }> {
  const pkg = openPackage(req);
  const info = await readWorkbookInfo(pkg);
  const { sheets: targets, warnings } = selectWorksheets(info, req.sheet);
  const styles = await readStyleTable(pkg, info, warnings);
  const strings = info.sharedStringsPart !== undefined ? await readSharedStrings(pkg, info.sharedStringsPart) : undefined;
  const checkpoint = checkpointFor(req);

  const sheets: SheetGrid[] = [];
  for (const s of targets) {
    checkpoint();
    const builder = await readWorksheet(pkg, s.part as string, s.name, s.hidden, {
      strings,
      styles,
      date1904: info.date1904,
      limits: req.limits,
    });
    const built = builder.build();
    sheets.push(built.grid);
    warnings.push(...built.warnings);
  }
  return { sheets, warnings };
}
