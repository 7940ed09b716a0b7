/**
 * Access to the shared sample appendices (../shared/samples) for tests: paths, the expected
 * totals, and the workbooks read through the CLI's own reader, so the tests exercise the same
 * path a user's file takes.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SheetGrid } from '../../src/engine';
import { readWorkbook } from '../../src/cli/xlsx';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const SAMPLES = path.join(SHARED, 'samples');
export const SAMPLE_FILES = ['vinh-phuc-2023.xlsx', 'vinh-phuc-2023.messy.xlsx', 'vinh-phuc-2022-2025.xlsx', 'vinh-phuc-2022-2025.messy.xlsx'];

export interface ExpectedSheet {
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  items: number;
  itemRows: number[];
  unit?: string;
  budget?: Record<string, { header: string; sum: number; filledCells: number; bySection?: Record<string, number> }>;
  budgetAllColumns?: number;
  sections?: Record<string, { row: number; title: string; items: number }>;
  groupRows?: Array<{ row: number }>;
}

export function expectedTotals(): Record<string, Record<string, ExpectedSheet>> {
  const raw = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'expected-totals.json'), 'utf8')) as Record<string, unknown>;
  delete raw._about;
  return raw as Record<string, Record<string, ExpectedSheet>>;
}

const cache = new Map<string, Promise<SheetGrid[]>>();

export function sampleGrids(file: string): Promise<SheetGrid[]> {
  let p = cache.get(file);
  if (!p) {
    p = readWorkbook(path.join(SAMPLES, file)).then((wb) => wb.sheets);
    cache.set(file, p);
  }
  return p;
}
