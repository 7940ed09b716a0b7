/**
 * What a rule is. Like an ESLint rule, it only looks and reports: the engine owns traversal,
 * severity, addresses and message text. A rule sees the classified rows and parsed items of
 * one table and calls `report` with a grid position and the values its message needs.
 */
import type { CellScalar, SheetGrid } from '../grid';
import type { ItemModel, RowInfo, TableModel } from '../model';
import type { MessageParams } from '../messages/format';
import type { RuleId, Severity } from '../report';
import type { NumberConvention } from '../parse/number';
import type { UnitDirectory } from '../units/directory';
import type { Totals } from '../totals';

export interface ReportInput {
  /** Grid row and column (0-based) of the cell the finding is about. */
  readonly row: number;
  readonly col: number;
  readonly params?: MessageParams;
  /** The cell's value as shown in the report; defaults to the grid cell's value. */
  readonly value?: CellScalar;
  /** The cleaned value that would repair the finding, when there is one. */
  readonly fix?: string | number | null;
}

export interface RuleContext {
  readonly grid: SheetGrid;
  readonly table: TableModel;
  readonly rows: readonly RowInfo[];
  readonly items: readonly ItemModel[];
  readonly asOf: string;
  readonly convention: NumberConvention;
  /** The unit directory, when one is known (built-in, a workbook sheet or --units). */
  readonly units: UnitDirectory | null;
  /** Budget totals, computed before the rules run. */
  readonly totals: Totals;
  report(finding: ReportInput): void;
}

export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  check(context: RuleContext): void;
}
