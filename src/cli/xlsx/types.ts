/**
 * Plain-data shapes that cross the worker boundary (structured clone: no classes, no functions).
 */
import type { SheetGrid } from '../../engine/grid';
import type { InputErrorData } from './errors';
import type { GridLimits } from './grid-builder';
import type { WireSheet } from './wire';
import type { ZipDirectory } from './zip';

/**
 * Which reader produced the grids. 'fallback' is the project's own streaming OOXML reader
 * (src/cli/xlsx/fallback/): it is tried first because it reads every corpus file exceljs reads,
 * plus the ones exceljs drops or hangs on, in bounded time. 'exceljs' is used when that reader
 * fails unexpectedly on a file, or when asked for explicitly.
 */
export type ReaderName = 'exceljs' | 'fallback';

/** 'auto' = built-in reader, then exceljs if the built-in one fails with an unexpected error. */
export type ReaderChoice = 'auto' | ReaderName;

export interface ParseRequest {
  readonly path: string;
  readonly directory: ZipDirectory;
  readonly sheet: string | undefined;
  readonly reader: ReaderChoice;
  /** Epoch ms after which the parse gives up cooperatively (the worker is also killed later). */
  readonly deadline: number;
  readonly timeoutMs: number;
  readonly limits: GridLimits;
  /** Most bytes a single part may inflate to. */
  readonly maxPartBytes: number;
  /** exceljs holds the whole workbook in memory several times over; above this it is not tried. */
  readonly exceljsMaxSheetBytes: number;
}

export interface ParseResult {
  readonly sheets: SheetGrid[];
  readonly warnings: string[];
  readonly reader: ReaderName;
}

/** What the worker posts: grids in their compact wire form (see wire.ts), or the error. */
export type WorkerReply =
  | { readonly ok: true; readonly sheets: WireSheet[]; readonly warnings: string[]; readonly reader: ReaderName }
  | { readonly ok: false; readonly error: InputErrorData };
