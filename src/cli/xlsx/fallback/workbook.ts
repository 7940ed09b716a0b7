/**
 * workbook.xml: which sheets exist, in which order, hidden or not, and where their parts are.
 */
import { corrupt, InputError } from '../errors';
import { attr } from './xml-scanner';
import type { Package, Relationship } from './package';

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet", … (from the relationship type). */
  readonly kind: string;
  /** The part holding the sheet, when the relationship resolves to one that exists. */
  readonly part: string | undefined;
}

export interface WorkbookInfo {
  readonly workbookPart: string;
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Finds the workbook part the way Excel does (the package's officeDocument relationship), then by name. */
async function findWorkbookPart(pkg: Package, types: Map<string, string>): Promise<string> {
  // A damaged _rels/.rels only costs us the preferred route to the workbook part.
  const rootRels = await pkg.relationships('').catch((e: unknown) => {
    if (e instanceof InputError && e.code === 'corrupt') return new Map<string, Relationship>();
    throw e;
  });
  for (const rel of rootRels.values()) {
    if (rel.kind === 'officeDocument' && rel.target !== undefined && pkg.has(rel.target)) return rel.target;
  }
  for (const [part, type] of types) if (MAIN_TYPES.includes(type) && pkg.has(part)) return part;
  if (pkg.has('xl/workbook.xml')) return 'xl/workbook.xml';
  const any = pkg.partNames().find((n) => /(^|\/)workbook\.xml$/i.test(n));
  if (any !== undefined) return any;
  throw corrupt('the workbook part (xl/workbook.xml) is missing, so the sheets cannot be listed');
}

export async function readWorkbookInfo(pkg: Package): Promise<WorkbookInfo> {
  const types = await pkg.contentTypes();
  const workbookPart = await findWorkbookPart(pkg, types);
  const rels = await pkg.relationships(workbookPart);

  const raw: Array<{ name: string; state: string; rid: string | undefined }> = [];
  let date1904 = false;
  let root: string | undefined;
  // Depth matters: extLst carries <x15:workbookPr> too, and with prefixes dropped it would
  // overwrite the real one (sheetjs__1904.xlsx lost its 1904 flag that way).
  const stack: string[] = [];
  await pkg.scan(workbookPart, {
    wantText: false,
    open(name: string, attrs: string) {
      const parent = stack[stack.length - 1];
      const depth = stack.length;
      stack.push(name);
      if (depth === 0) root = name;
      else if (depth === 2 && name === 'sheet' && parent === 'sheets') {
        raw.push({
          name: attr(attrs, 'name') ?? `Sheet${raw.length + 1}`,
          state: attr(attrs, 'state') ?? 'visible',
          rid: attr(attrs, 'id', true),
        });
      } else if (depth === 1 && name === 'workbookPr') {
        const v = (attr(attrs, 'date1904') ?? '').toLowerCase();
        date1904 = v === '1' || v === 'true';
      }
    },
    close() {
      stack.pop();
    },
    text() {},
  });
  // No <sheets> at all (exceljs writes that for an empty workbook) is an empty workbook, which
  // selectWorksheets reports as no-sheets; a part that is not a workbook is damage.
  if (root !== 'workbook') throw corrupt(`${workbookPart} is not a workbook part`);

  const sheets: SheetEntry[] = raw.map((s) => {
    const rel = s.rid !== undefined ? rels.get(s.rid) : undefined;
    let kind = rel?.kind ?? 'missing';
    const part = rel?.target !== undefined && pkg.has(rel.target) ? rel.target : undefined;
    // A relationship type we do not know, pointing at a part typed as a worksheet, is a worksheet.
    if (part !== undefined && kind !== 'worksheet' && types.get(part.toLowerCase()) === WORKSHEET_TYPE) kind = 'worksheet';
    return { name: s.name, hidden: s.state === 'hidden' || s.state === 'veryHidden', kind, part };
  });

  return {
    workbookPart,
    date1904,
    sheets,
    sharedStringsPart: findByKind(pkg, rels, 'sharedStrings', workbookPart, 'sharedStrings.xml'),
    stylesPart: findByKind(pkg, rels, 'styles', workbookPart, 'styles.xml'),
  };
}

/** A workbook-level part by relationship, or next to workbook.xml under its usual name. */
function findByKind(
  pkg: Package,
  rels: Map<string, Relationship>,
  kind: string,
  workbookPart: string,
  usualName: string,
): string | undefined {
  for (const rel of rels.values()) {
    if (rel.kind === kind && rel.target !== undefined && pkg.has(rel.target)) return rel.target;
  }
  const slash = workbookPart.lastIndexOf('/');
  const guess = `${slash < 0 ? '' : workbookPart.slice(0, slash + 1)}${usualName}`;
  return pkg.has(guess) ? guess : undefined;
}

/** The sheet the caller asked for: exact name first, then ignoring case, accents' encoding and spaces. */
export function pickSheet(sheets: readonly SheetEntry[], wanted: string): SheetEntry {
  const exact = sheets.find((s) => s.name === wanted);
  if (exact) return exact;
  const norm = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi');
  const loose = sheets.find((s) => norm(s.name) === norm(wanted));
  if (loose) return loose;
  const names = sheets.filter((s) => s.kind === 'worksheet').map((s) => `"${s.name}"`).join(', ');
  throw new InputError(
    'sheet-not-found',
    `the workbook has no sheet named "${wanted}"; its sheets are ${names || '(none)'}`,
    `tệp Excel không có trang tính tên "${wanted}"; các trang tính hiện có: ${names || '(không có)'}`,
  );
}
