/**
 * The engine's entry point: a grid in, a report out. Detect the tables, classify their rows,
 * parse the items, total the budgets, run every rule, and shape the result as the report
 * contract says.
 */
import { cellAddress, cellAt, columnLetter, sheetRow, type CellScalar, type SheetGrid } from './grid';
import { buildItems, tableConvention } from './items';
import { formatMessage } from './messages/format';
import type { ItemModel, TableModel } from './model';
import { analyzeOptionsSchema, type AnalyzeOptions, type AnalyzeOptionsInput } from './options';
import {
  TOOL_VERSION,
  type Counts,
  type Finding,
  type Report,
  type ReportItem,
  type SheetReport,
  type TableInfo,
} from './report';
import type { ReportInput, Rule, RuleContext } from './rules/rule';
import { RULES } from './rules';
import { classifyRows } from './table/classify';
import { detectTables } from './table/detect';
import { computeTotals, type Totals } from './totals';
import type { UnitDirectory } from './units/directory';
import { defaultUnitDirectory } from './units/default-units';
import { isUnitSheet, unitsFromGrid } from './units/from-grid';

export interface EngineExtras {
  /**
   * The unit directory to group and check owners against: the built-in one when omitted,
   * none when null. A "Danh mục đơn vị" sheet in the workbook extends it.
   */
  readonly units?: UnitDirectory | null;
  /** Name of the workbook sheet that lists units (default "Danh mục đơn vị"). */
  readonly unitSheetName?: string;
  /** Rules to run instead of the built-in list (tests, or a host that turns some off). */
  readonly rules?: readonly Rule[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function budgetLetters(grid: SheetGrid, table: TableModel): string[] {
  return table.columns.budget.map((c) => columnLetter(grid.originCol + c));
}

function tableInfo(grid: SheetGrid, table: TableModel): TableInfo {
  const columns: Record<string, string | string[]> = {};
  const headers: Record<string, string> = {};
  for (const [role, col] of Object.entries(table.columns.single)) {
    if (col === undefined) continue;
    const letter = columnLetter(grid.originCol + col);
    columns[role] = letter;
    headers[letter] = table.headerText[col] ?? '';
  }
  if (table.columns.budget.length > 0) {
    columns.budget = budgetLetters(grid, table);
    for (const c of table.columns.budget) headers[columnLetter(grid.originCol + c)] = table.headerText[c] ?? '';
  }
  return {
    headerRows: table.headerRows.map((r) => sheetRow(grid, r)),
    firstRow: sheetRow(grid, table.firstRow),
    lastRow: sheetRow(grid, table.lastRow),
    unit: table.unit,
    columns,
    headers,
  };
}

function reportItem(grid: SheetGrid, table: TableModel, item: ItemModel): ReportItem {
  const { single } = table.columns;
  const out: ReportItem = {
    row: sheetRow(grid, item.row),
    stt: item.sttText,
    level: item.level,
    section: item.section,
    task: item.task,
    lead: [...item.lead],
  };
  if (single.indicator !== undefined) out.indicator = item.indicator;
  if (single.leader !== undefined) out.leader = [...item.leader];
  if (single.partners !== undefined) out.partners = [...item.partners];
  if (single.deadline !== undefined) out.deadline = item.deadline;
  if (single.status !== undefined) out.status = item.status;
  if (table.columns.budget.length > 0) {
    const budget: Record<string, number | null> = {};
    item.budget.forEach((b) => (budget[columnLetter(grid.originCol + b.col)] = b.amount));
    out.budget = budget;
  }
  if (single.product !== undefined) out.product = item.product;
  if (single.note !== undefined) out.note = item.note;
  out.overdue = item.overdue;
  out.unassigned = item.unassigned;
  return out;
}

function analyzeTable(
  grid: SheetGrid,
  table: TableModel,
  options: AnalyzeOptions,
  extras: EngineExtras,
): SheetReport {
  const convention = tableConvention(grid, table, options.numberConvention);
  const rows = classifyRows(grid, table);
  const items = buildItems(grid, table, rows, { asOf: options.asOf, convention });
  const units = extras.units === undefined ? defaultUnitDirectory() : extras.units;
  const totals: Totals = computeTotals({
    grid,
    table,
    rows,
    items,
    convention,
    canonicalLead: units ? (name) => units.canonicalOf(name) : undefined,
  });

  const findings: Finding[] = [];
  const rules = extras.rules ?? RULES;
  for (const rule of rules) {
    const report = (input: ReportInput): void => {
      const value: CellScalar = input.value !== undefined ? input.value : cellAt(grid, input.row, input.col).value;
      const params = { value: value === null ? '' : String(value), ...input.params };
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        cell: cellAddress(grid, input.row, input.col),
        row: sheetRow(grid, input.row),
        message: formatMessage(rule.id, params, options.lang),
        value,
        fix: input.fix ?? null,
        params,
      });
    };
    const context: RuleContext = { grid, table, rows, items, asOf: options.asOf, convention, units, totals, report };
    rule.check(context);
  }
  // Errors first, then by position, so the list reads top to bottom within each severity.
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.row - b.row);

  const counts: Counts = {
    items: items.length,
    overdue: items.filter((i) => i.overdue).length,
    unassigned: items.filter((i) => i.unassigned).length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
  return {
    sheet: grid.name,
    table: tableInfo(grid, table),
    items: items.map((item) => reportItem(grid, table, item)),
    findings,
    totals: {
      budget: totals.budget,
      declared: totals.declared.map((d) => ({
        cell: cellAddress(grid, d.row, d.col),
        declared: d.declared,
        computed: d.computed,
        ok: d.ok,
      })),
    },
    counts,
  };
}

/** Analyses one sheet. Several tables on a sheet: the first is the report, the rest go in moreTables. */
export function analyzeSheet(grid: SheetGrid, input: AnalyzeOptionsInput, extras: EngineExtras = {}): SheetReport {
  const options = analyzeOptionsSchema.parse(input);
  const tables = detectTables(grid, { overrides: options.columnOverrides[grid.name] });
  if (tables.length === 0) {
    return {
      sheet: grid.name,
      table: null,
      items: [],
      findings: [],
      totals: { budget: {}, declared: [] },
      counts: { items: 0, overdue: 0, unassigned: 0, errors: 0, warnings: 0, infos: 0 },
      reason: options.lang === 'vi' ? 'Không tìm thấy dòng tiêu đề bảng (STT, Nội dung, Đơn vị chủ trì…)' : 'No table header row found (STT, task, lead unit…)',
    };
  }
  const [first, ...rest] = tables.map((t) => analyzeTable(grid, t, options, extras));
  return rest.length > 0 ? { ...first, moreTables: rest } : first;
}

export function analyzeWorkbook(grids: readonly SheetGrid[], input: AnalyzeOptionsInput, extras: EngineExtras = {}): Report {
  const options = analyzeOptionsSchema.parse(input);
  const unitSheet = grids.find((g) => isUnitSheet(g, extras.unitSheetName));
  let units = extras.units === undefined ? defaultUnitDirectory() : extras.units;
  if (unitSheet && units) units = units.extend(unitsFromGrid(unitSheet), true);
  return {
    tool: { name: 'appendix-check', version: TOOL_VERSION },
    asOf: options.asOf,
    sheets: grids.filter((g) => g !== unitSheet).map((g) => analyzeSheet(g, options, { ...extras, units })),
  };
}
