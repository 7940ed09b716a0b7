/**
 * Reads the sample appendices in shared/samples for the parser tests: the text of given
 * columns on item rows, found by header keywords so the messy copies (shifted rows,
 * repeated headers, page-number rows) line up with the clean ones.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { foldKey } from '../../../src/engine/parse/text';

/** /work/main/test/engine/parse → /work/shared/samples */
export const SAMPLES_DIR = path.resolve(__dirname, '../../../../shared/samples');

export const SAMPLE_PAIRS = [
  { clean: 'vinh-phuc-2023.xlsx', messy: 'vinh-phuc-2023.messy.xlsx' },
  { clean: 'vinh-phuc-2022-2025.xlsx', messy: 'vinh-phuc-2022-2025.messy.xlsx' },
] as const;

export interface SampleCell {
  readonly sheet: string;
  readonly address: string;
  /** The STT of the row, as text. */
  readonly stt: string;
  /** The folded header of the column. */
  readonly header: string;
  readonly text: string;
}

/** STT of an item (or group) row: "1", "1.1", "3.13", "1." — not "STT"/"TT", not roman sections. */
const ITEM_STT = /^\d+(?:\.\d+)*\.?$/;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

/**
 * Cells of the columns whose folded header matches `header`, on item rows (text STT in
 * column A), in sheet order. Page-number rows hold a number in A and are skipped with the
 * repeated headers ("STT"/"TT") and section rows (roman numerals); so are group rows, whose
 * title is merged across the columns.
 */
export async function readColumnCells(file: string, header: RegExp): Promise<SampleCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES_DIR, file));
  const out: SampleCell[] = [];
  for (const ws of wb.worksheets) {
    const columns = new Map<number, string>();
    let headerRow = 0;
    ws.eachRow((row, r) => {
      if (headerRow !== 0 && r > headerRow + 1) return;
      const first = foldKey(cellText(row.getCell(1).value));
      if (first !== 'stt' && first !== 'tt') return;
      if (headerRow === 0) headerRow = r;
      row.eachCell((cell, col) => {
        const key = foldKey(cellText(cell.value));
        if (header.test(key) && !columns.has(col)) columns.set(col, key);
      });
    });
    if (headerRow === 0) continue;
    ws.eachRow((row, r) => {
      if (r <= headerRow) return;
      const a = row.getCell(1).value;
      if (typeof a !== 'string' || !ITEM_STT.test(a.trim())) return;
      for (const [col, key] of columns) {
        const cell = row.getCell(col);
        if (cell.isMerged) continue;
        out.push({ sheet: ws.name, address: cell.address, stt: a.trim(), header: key, text: cellText(cell.value) });
      }
    });
  }
  return out;
}
