/**
 * Shared material for the encoding tests: shared/ beside the repository (as CI lays it out),
 * read at test time only — the product carries its own copy of the tables.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const SHARED_DIR = path.resolve(__dirname, '../../../../shared');

export function sharedPath(...parts: string[]): string {
  const p = path.join(SHARED_DIR, ...parts);
  if (!fs.existsSync(p)) throw new Error(`shared material missing: ${p} (shared/ must sit beside the repository)`);
  return p;
}

export interface LegacyLetterFact {
  readonly unicode: string;
  readonly tcvn3Byte: number;
  readonly tcvn3: string;
  readonly vni: string;
}

export interface LegacyEncodingsFile {
  readonly examples: ReadonlyArray<{ readonly unicode: string; readonly tcvn3: string; readonly vni: string }>;
  readonly letters: readonly LegacyLetterFact[];
}

export function legacyEncodingsFile(): LegacyEncodingsFile {
  return JSON.parse(fs.readFileSync(sharedPath('domain', 'vn-legacy-encodings.json'), 'utf8')) as LegacyEncodingsFile;
}

export interface TextCell {
  readonly text: string;
  readonly font?: string;
}

export function filesIn(dir: string, ext: string): string[] {
  return fs
    .readdirSync(sharedPath(dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(SHARED_DIR, dir, f));
}

/** The text of shared/seeds/*.txt, one cell per non-blank line. */
export function seedLines(): string[] {
  return filesIn('seeds', '.txt').flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

/**
 * Corpus files exceljs 4.4 does not finish reading (corpus README): 50,000 merged ranges.
 * Skipped outright to save the wait; any other file that hangs meets READ_TIMEOUT_MS.
 */
const KNOWN_HANGS = ['57893-many-merges'];
const READ_TIMEOUT_MS = 20_000;

export interface WorkbookRead {
  readonly file: string;
  readonly cells: readonly TextCell[];
  /** Why the workbook gave no cells: skipped, timed out, or the error exceljs threw. */
  readonly failure?: string;
}

/**
 * Every text cell of a workbook, read by exceljs in a child process: exceljs hangs or throws
 * on some corpus files, and only a separate process can be stopped on a timeout.
 */
function readWorkbookText(file: string): Promise<WorkbookRead> {
  if (KNOWN_HANGS.some((name) => file.includes(name))) {
    return Promise.resolve({ file, cells: [], failure: 'skipped: known to hang' });
  }
  const script = path.join(__dirname, 'read-text-cells.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [script, file], { timeout: READ_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
      if (error) return resolve({ file, cells: [], failure: `read failed: ${error.message}` });
      let out: { cells?: TextCell[]; error?: string };
      try {
        out = JSON.parse(stdout) as typeof out;
      } catch {
        return resolve({ file, cells: [], failure: 'read failed: no JSON from the reader' });
      }
      resolve(out.error !== undefined ? { file, cells: [], failure: out.error } : { file, cells: out.cells ?? [] });
    });
  });
}

/** Reads the workbooks two at a time (the machines have two cores), in the order given. */
export async function readWorkbooksText(files: readonly string[]): Promise<WorkbookRead[]> {
  const reads: WorkbookRead[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      reads[i] = await readWorkbookText(files[i]);
    }
  };
  await Promise.all([worker(), worker()]);
  return reads;
}
