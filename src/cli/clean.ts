/**
 * appendix-check clean FILE -o OUT.xlsx: writes a repaired copy. The source file is never
 * written: OUT must differ from FILE, and an existing OUT needs --force. Formatting is carried
 * over from the source rows (styles, heights, column widths, merges re-placed).
 */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { cellAddress, cleanSheet, columnLetter, todayIso, type CleanAction, type CleanResult, type SheetGrid } from '../engine';
import type { Lang } from '../engine/options';
import type { CleanArgs } from './args';
import type { Io } from './main';
import { InputError, readWorkbook } from './xlsx';

const ACTION_LABELS: Record<Lang, Record<CleanAction, string>> = {
  vi: {
    'remove-header': 'xóa dòng tiêu đề lặp lại',
    'remove-page-number': 'xóa dòng số trang',
    'merge-continuation': 'nối dòng bị tách vào dòng trên',
    'text-whitespace': 'bỏ khoảng trắng thừa, nối xuống dòng',
    'text-unicode': 'chuẩn hóa Unicode (NFC)',
    'text-legacy-encoding': 'chuyển bảng mã cũ sang Unicode',
    'number-from-text': 'chuyển số dạng chữ thành số',
    'total-formula': 'tính lại dòng tổng bằng công thức',
  },
  en: {
    'remove-header': 'repeated header rows removed',
    'remove-page-number': 'page-number rows removed',
    'merge-continuation': 'split rows joined to the row above',
    'text-whitespace': 'extra spaces and line breaks cleaned',
    'text-unicode': 'text normalised to Unicode NFC',
    'text-legacy-encoding': 'legacy encodings converted to Unicode',
    'number-from-text': 'numbers stored as text converted',
    'total-formula': 'total rows recomputed as formulas',
  },
};

const TEXT = {
  vi: {
    refuseSame: 'appendix-check: không ghi đè lên tệp gốc; hãy chọn tệp đầu ra khác',
    refuseExists: (f: string) => `appendix-check: ${f} đã tồn tại; thêm --force để ghi đè`,
    wrote: (f: string, n: number) => `Đã ghi bản sạch vào ${f} (${n} trang phụ lục được làm sạch)`,
    sheet: (s: string, n: number) => `Trang “${s}”: ${n} thay đổi`,
    cannotRead: (f: string, why: string) => `appendix-check: không đọc được ${f}: ${why}`,
  },
  en: {
    refuseSame: 'appendix-check: refusing to overwrite the source file; choose another output',
    refuseExists: (f: string) => `appendix-check: ${f} exists; add --force to overwrite it`,
    wrote: (f: string, n: number) => `Cleaned copy written to ${f} (${n} appendix sheets cleaned)`,
    sheet: (s: string, n: number) => `Sheet "${s}": ${n} changes`,
    cannotRead: (f: string, why: string) => `appendix-check: cannot read ${f}: ${why}`,
  },
} as const;

type CellValue = ExcelJS.CellValue;

/** Rewrites one exceljs worksheet from a clean plan, carrying each source row's formatting. */
function applyPlan(ws: ExcelJS.Worksheet, grid: SheetGrid, result: CleanResult): void {
  const width = Math.max(ws.columnCount, ...result.rows.map((r) => r.cells.length));
  const sourceRows = new Map<number, { height?: number; styles: Partial<ExcelJS.Style>[] }>();
  for (const r of new Set(result.rows.map((x) => x.source))) {
    const row = ws.getRow(grid.originRow + r + 1);
    const styles: Partial<ExcelJS.Style>[] = [];
    for (let c = 0; c < width; c++) styles.push(JSON.parse(JSON.stringify(row.getCell(grid.originCol + c + 1).style ?? {})));
    sourceRows.set(r, { height: row.height, styles });
  }
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  for (const m of merges) ws.unMergeCells(m);
  const oldCount = ws.rowCount;

  result.rows.forEach((planRow, i) => {
    const row = ws.getRow(grid.originRow + i + 1);
    const src = sourceRows.get(planRow.source)!;
    row.height = src.height as number;
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(grid.originCol + c + 1);
      const planned = planRow.cells[c] ?? null;
      let value: CellValue = null;
      if (planned && planned.value !== null) {
        if (planned.formula) value = { formula: planned.formula, result: planned.value as number };
        else if (planned.date && typeof planned.value === 'number') value = new Date(Math.round((planned.value - 25569) * 86400000));
        else value = planned.value;
      }
      cell.value = value;
      cell.style = JSON.parse(JSON.stringify(src.styles[c] ?? {}));
      if (planned?.numberFormat) cell.numFmt = planned.numberFormat;
    }
    row.commit();
  });
  // Rows the plan no longer uses are emptied (values and styles); exceljs's spliceRows does
  // not reliably drop trailing rows, and an emptied row is invisible in every reader.
  for (let r = grid.originRow + result.rows.length + 1; r <= oldCount; r++) {
    const row = ws.getRow(r);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
    row.height = undefined as unknown as number;
    row.commit();
  }
  for (const m of result.grid.merges) {
    ws.mergeCells(
      `${columnLetter(grid.originCol + m.left)}${grid.originRow + m.top + 1}:${columnLetter(grid.originCol + m.right)}${grid.originRow + m.bottom + 1}`,
    );
  }
}

export async function runClean(args: CleanArgs, io: Io): Promise<number> {
  const t = TEXT[args.lang];
  const file = args.files[0];
  const out = args.out;
  if (path.resolve(out) === path.resolve(file)) {
    io.stderr(t.refuseSame + '\n');
    return 2;
  }
  if (fs.existsSync(out) && !args.force) {
    io.stderr(t.refuseExists(out) + '\n');
    return 2;
  }
  let grids: SheetGrid[];
  try {
    grids = (await readWorkbook(file)).sheets;
  } catch (e) {
    const why = e instanceof InputError ? (args.lang === 'vi' ? e.messageVi : e.message) : String(e);
    io.stderr(t.cannotRead(file, why) + '\n');
    return 2;
  }
  // exceljs is loaded only here: `validate` never needs it, and it is slow to load.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(file);

  let cleanedSheets = 0;
  const asOf = args.asOf ?? todayIso();
  for (const grid of grids) {
    if (args.sheet !== undefined && grid.name !== args.sheet) continue;
    const ws = workbook.getWorksheet(grid.name);
    if (!ws) continue;
    const result = cleanSheet(grid, { asOf, lang: args.lang });
    if (result.changes.length === 0) continue;
    applyPlan(ws, grid, result);
    cleanedSheets++;
    io.stdout(t.sheet(grid.name, result.changes.length) + '\n');
    const counts = new Map<CleanAction, typeof result.changes[number][]>();
    for (const ch of result.changes) counts.set(ch.action, [...(counts.get(ch.action) ?? []), ch]);
    for (const [action, list] of counts) {
      const where = args.verbose ? ': ' + list.map((ch) => cellAddress(grid, ch.row, ch.col)).join(', ') : '';
      io.stdout(`  ${list.length} × ${ACTION_LABELS[args.lang][action]}${where}\n`);
    }
  }
  // Written beside the target and renamed, so a failure never leaves half a file behind.
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(tmp);
    fs.renameSync(tmp, out);
  } finally {
    if (fs.existsSync(tmp)) fs.unlinkSync(tmp);
  }
  io.stdout(t.wrote(out, cleanedSheets) + '\n');
  return 0;
}
