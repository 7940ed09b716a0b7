/**
 * Highlights on the sheet, written so they never touch the user's own formatting and can be
 * removed exactly, in this session or after the workbook was saved and reopened.
 *
 * Each highlight is a conditional format (custom formula, fill colour) laid over the marked
 * cells; cell fills, fonts and borders are never written, and when the format is deleted the
 * cell looks as before. Our formats are recognised by their formula, which is always true and
 * carries a marker: =ISTEXT("appendix-checker:overdue:<run id>"). The formula is saved in the
 * file with the format, so identity survives reopening, copying of the sheet, and cannot drift
 * from a separate record; the user's own conditional formats never match it.
 *
 * Writing replaces the previous run's formats on the sheet in the same batch (never stacked),
 * and the whole batch is one sync, so Excel applies all of it or — if it fails — the simulator
 * applies none. Real Excel may keep the calls that ran before a failing one, so after a failed
 * write we also delete, best-effort, any format carrying this run's id and any custom format
 * left without a formula (added just before the failure).
 *
 * Finding our formats takes two loads (the types of all formats, then the rules of the custom
 * ones — asking a format of another type for its custom rule is an error). `scanMarks` queues
 * the first without syncing, so it can ride on a round trip the caller makes anyway (reading
 * the sheet), and the second rides on the next one when there is one.
 */
import type { Mark, MarkKind } from '../engine/highlights';
import type { XlConditionalFormat, XlConditionalFormatCollection, XlConditionalFormatRule, XlRequestContext, XlWorksheet } from './api';
import type { Capabilities } from './capabilities';
import { arrived } from './riding';

/** Fill colours: Excel's "light red", a light orange, Excel's "light yellow". */
export const MARK_FILL: Readonly<Record<MarkKind, string>> = Object.freeze({
  overdue: '#FFC7CE',
  unassigned: '#FCD5B4',
  finding: '#FFEB9C',
});

const MARKER = 'appendix-checker';
const MARKER_FORMULA = /^=?\s*ISTEXT\(\s*"appendix-checker:(overdue|unassigned|finding):([a-z0-9]+)"\s*\)\s*$/i;

/** At most this many conditional formats per sheet and run; more marks are left out (and reported). */
export const MAX_FORMATS_PER_RUN = 5_000;
/** Longest address list given to one RangeAreas (Excel's limits on these are undocumented). */
const MAX_AREAS_CHARS = 1_000;

export function markerFormula(kind: MarkKind, runId: string): string {
  return `=ISTEXT("${MARKER}:${kind}:${runId}")`;
}

export function parseMarker(formula: string): { kind: MarkKind; runId: string } | null {
  const m = MARKER_FORMULA.exec(formula);
  return m ? { kind: m[1].toLowerCase() as MarkKind, runId: m[2].toLowerCase() } : null;
}

export function newRunId(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2, 8)).toLowerCase();
}

/** One of our conditional formats found on a sheet. */
export interface FoundMark {
  readonly sheet: string;
  readonly kind: MarkKind;
  readonly runId: string;
  readonly format: XlConditionalFormat;
}

export interface MarkScan {
  /**
   * Queues the second step (the custom formats' rules) if the first step's result has arrived,
   * without syncing: call it right after a sync someone else made.
   */
  queueRules(): void;
  /** Our formats on the scanned sheets; syncs only for what has not arrived yet. */
  result(): Promise<FoundMark[]>;
  /**
   * What an interrupted write of run `runId` may have left: its formats, and custom formats
   * without a formula (added, but the batch failed before their rule was set).
   */
  leftovers(runId: string): Promise<XlConditionalFormat[]>;
}

interface ScanEntry {
  sheet: XlWorksheet;
  formats: XlConditionalFormatCollection;
  rules: Array<{ format: XlConditionalFormat; rule: XlConditionalFormatRule }> | null;
}

/**
 * Starts looking for our formats on the named sheets (undefined: the active sheet). Queues the
 * first load and returns; nothing is sent until someone syncs.
 */
export function scanMarks(context: XlRequestContext, sheetNames: ReadonlyArray<string | undefined>): MarkScan {
  const queueTypes = (): ScanEntry[] =>
    sheetNames.map((name) => {
      const sheets = context.workbook.worksheets;
      const sheet = (name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name)).load('name');
      return { sheet, formats: sheet.getRange().conditionalFormats.load('items/type'), rules: null };
    });
  let entries = queueTypes();

  const typesArrived = () => arrived(() => entries.forEach((e) => e.formats.items));
  const rulesArrived = () => arrived(() => entries.forEach((e) => e.rules?.forEach((r) => r.rule.formula)));
  const queueRules = (): void => {
    for (const e of entries) {
      e.rules = e.formats.items.filter((f) => f.type === 'Custom').map((format) => ({ format, rule: format.custom.rule.load('formula') }));
    }
  };

  /** Every custom format on the scanned sheets with its formula; syncs only for what has not arrived. */
  const customFormats = async (): Promise<Array<{ sheet: string; format: XlConditionalFormat; formula: string }>> => {
    // A sync that carried our loads may have failed (and been retried by its owner): then
    // the proxies of that batch are dead, and we start over.
    if (!typesArrived()) {
      entries = queueTypes();
      await context.sync();
    }
    if (entries.some((e) => e.rules === null) || !rulesArrived()) {
      queueRules();
      if (entries.some((e) => e.rules && e.rules.length > 0)) await context.sync();
    }
    return entries.flatMap((e) => (e.rules ?? []).map(({ format, rule }) => ({ sheet: e.sheet.name, format, formula: rule.formula })));
  };

  return {
    queueRules(): void {
      if (entries.every((e) => e.rules === null) && typesArrived()) queueRules();
    },
    async result(): Promise<FoundMark[]> {
      const found: FoundMark[] = [];
      for (const { sheet, format, formula } of await customFormats()) {
        const marker = parseMarker(formula);
        if (marker) found.push({ sheet, format, ...marker });
      }
      return found;
    },
    async leftovers(runId: string): Promise<XlConditionalFormat[]> {
      return (await customFormats()).filter((f) => f.formula.trim() === '' || parseMarker(f.formula)?.runId === runId).map((f) => f.format);
    },
  };
}

export interface WriteHighlightsOptions {
  readonly capabilities: Capabilities;
  /** A scan of this sheet queued earlier, to save its round trips; otherwise one is made. */
  readonly scan?: MarkScan;
  /** For tests: the run id to mark the formats with. */
  readonly runId?: string;
}

export interface HighlightResult {
  /** Conditional formats written. */
  readonly formats: number;
  /** Marks (coalesced ranges) written. */
  readonly marks: number;
  /** Our formats of earlier runs removed from the sheet. */
  readonly removed: number;
  /** Marks left out because the sheet would have needed more than MAX_FORMATS_PER_RUN formats. */
  readonly omitted: number;
}

/** Address lists for one RangeAreas each, at most MAX_AREAS_CHARS long. */
function areaLists(addresses: readonly string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current !== '' && current.length + 1 + a.length > MAX_AREAS_CHARS) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? a : `${current},${a}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}

interface PlannedFormat {
  readonly kind: MarkKind;
  /** One address (getRange) or a comma-separated list (getRanges, ExcelApi 1.9). */
  readonly target: string;
  readonly areas: boolean;
  readonly marks: number;
}

function planFormats(marks: readonly Mark[], rangeAreas: boolean): { formats: PlannedFormat[]; omitted: number } {
  const formats: PlannedFormat[] = [];
  for (const kind of ['overdue', 'unassigned', 'finding'] as const) {
    const addresses = marks.filter((m) => m.kind === kind).map((m) => m.address);
    if (addresses.length === 0) continue;
    if (rangeAreas) {
      for (const list of areaLists(addresses)) formats.push({ kind, target: list, areas: true, marks: list.split(',').length });
    } else {
      for (const a of addresses) formats.push({ kind, target: a, areas: false, marks: 1 });
    }
  }
  const kept = formats.slice(0, MAX_FORMATS_PER_RUN);
  const omitted = formats.slice(MAX_FORMATS_PER_RUN).reduce((n, f) => n + f.marks, 0);
  return { formats: kept, omitted };
}

/**
 * Replaces our highlights on `sheetName` with `marks` (coalesced, see engine/highlights.ts):
 * the previous run's formats are deleted and the new ones added in one batch.
 */
export async function writeHighlights(
  context: XlRequestContext,
  sheetName: string,
  marks: readonly Mark[],
  options: WriteHighlightsOptions,
): Promise<HighlightResult> {
  const caps = options.capabilities;
  const previous = (await (options.scan ?? scanMarks(context, [sheetName])).result()).filter((f) => f.sheet === sheetName);
  const runId = options.runId ?? newRunId();
  const { formats, omitted } = planFormats(marks, caps.rangeAreas);

  if (caps.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const f of previous) f.format.delete();
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const f of formats) {
    const target = f.areas ? sheet.getRanges(f.target) : sheet.getRange(f.target);
    const cf = target.conditionalFormats.add('Custom');
    cf.custom.rule.formula = markerFormula(f.kind, runId);
    cf.custom.format.fill.color = MARK_FILL[f.kind];
  }
  try {
    await context.sync();
  } catch (e) {
    await removeRunBestEffort(context, sheetName, runId);
    throw e;
  }
  return { formats: formats.length, marks: formats.reduce((n, f) => n + f.marks, 0), removed: previous.length, omitted };
}

/** After a failed write: deletes whatever of this run Excel kept. Never throws. */
async function removeRunBestEffort(context: XlRequestContext, sheetName: string, runId: string): Promise<void> {
  try {
    const leftovers = await scanMarks(context, [sheetName]).leftovers(runId);
    if (leftovers.length === 0) return;
    for (const f of leftovers) f.delete();
    await context.sync();
  } catch {
    // The original error is what the user needs to see; a failed clean-up leaves marks that
    // the next validation or "clear" removes.
  }
}

/**
 * Removes every one of our formats from every sheet (or the named ones) and nothing else.
 * Returns how many formats were removed.
 */
export async function clearHighlights(context: XlRequestContext, capabilities: Capabilities, sheetNames?: readonly string[]): Promise<number> {
  let names = sheetNames;
  if (!names) {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    names = sheets.items.map((s) => s.name);
  }
  const found = await scanMarks(context, names).result();
  if (found.length === 0) return 0;
  if (capabilities.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const f of found) f.format.delete();
  await context.sync();
  return found.length;
}
