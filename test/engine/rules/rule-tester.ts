/**
 * A tiny RuleTester in the shape of ESLint's: one table of `valid` appendices (the rule must
 * stay silent) and one of `invalid` appendices (the rule must report exactly the listed cells,
 * with the listed fix and params). Each case is a small appendix written as rows of values;
 * the engine runs with only the rule under test (`extras.rules`), so other rules' findings
 * never leak into a rule's table.
 *
 *   ruleTester(ownerMissing, {
 *     valid: [{ name: 'assigned item', rows: [['1', 'Việc', '', 'Sở Y tế']] }],
 *     invalid: [{ name: 'empty lead', rows: [['1', 'Việc', '', '']], findings: [{ cell: 'D2' }] }],
 *   });
 *
 * Rows are data rows under the default header (HEADER, sheet row 1), so the first data row is
 * sheet row 2. `header: null` drops it (the rows then carry their own header), `above` puts
 * title lines over it. Every case also asserts that the table was detected: a case whose
 * header is not recognised would otherwise pass `valid` trivially.
 */
import { analyzeSheet, gridFromValues, type Cell, type CellScalar, type MergedArea, type SheetReport } from '../../../src/engine';
import type { AnalyzeOptionsInput } from '../../../src/engine/options';
import type { Rule } from '../../../src/engine/rules/rule';
import type { UnitDirectory } from '../../../src/engine/units/directory';

/** Header words as real plans print them, one column per role (A…H). */
export const HEADER: readonly string[] = [
  'STT',
  'Nội dung nhiệm vụ',
  'Chỉ tiêu',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn hoàn thành',
  'Tình trạng',
  'Kinh phí (Triệu đồng)',
];

/** Column letters of HEADER, for readable expectations. */
export const COL = { stt: 'A', task: 'B', indicator: 'C', lead: 'D', partners: 'E', deadline: 'F', status: 'G', budget: 'H' } as const;

export type Value = CellScalar | Cell;

/**
 * A data row by role instead of by position; unnamed roles are empty:
 * row({ stt: '1', task: 'Việc', lead: 'Sở Y tế' }).
 */
export function row(fields: Partial<Record<keyof typeof COL, Value>>): Value[] {
  return [fields.stt, fields.task, fields.indicator, fields.lead, fields.partners, fields.deadline, fields.status, fields.budget].map((v) =>
    v === undefined ? null : v,
  );
}

export interface Case {
  /** Test title; defaults to a summary of the rows. */
  readonly name?: string;
  /** Data rows (sheet row 2 onwards under the default header). */
  readonly rows: ReadonlyArray<ReadonlyArray<Value>>;
  /** The header row; null when `rows` carry their own. Default HEADER. */
  readonly header?: ReadonlyArray<Value> | null;
  /** Title lines above the header ("PHỤ LỤC I", "Đơn vị: Triệu đồng"). */
  readonly above?: ReadonlyArray<ReadonlyArray<Value>>;
  /** Merged areas in A1 notation ("A3:A4"), sheet addresses. */
  readonly merges?: readonly string[];
  /** ISO as-of date; default 2025-01-01 so tests do not depend on today. */
  readonly asOf?: string;
  /** Unit directory: omitted = the built-in one, null = none. */
  readonly units?: UnitDirectory | null;
  /** Further analyzeSheet options (lang, numberConvention …). */
  readonly options?: Omit<AnalyzeOptionsInput, 'asOf'>;
  /** Run only this case (debugging aid, like ESLint's `only`). */
  readonly only?: boolean;
}

export interface ExpectedFinding {
  /** Sheet address (A1 notation) of the finding. */
  readonly cell: string;
  /** When given, the finding's fix must equal this exactly (null included). */
  readonly fix?: string | number | null;
  /** When given, each listed param must equal the finding's param of the same name. */
  readonly params?: Readonly<Record<string, string | number | null>>;
  /** When given, the finding's reported value must equal this. */
  readonly value?: CellScalar;
}

export type InvalidCase = Case & { readonly findings: readonly ExpectedFinding[] };

export interface RuleTests {
  readonly valid: readonly Case[];
  readonly invalid: readonly InvalidCase[];
}

export const DEFAULT_AS_OF = '2025-01-01';

/** "B12" → { row: 11, col: 1 } (0-based); "AA3" → { row: 2, col: 26 }. */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function parseRange(range: string): MergedArea {
  const [a, b = a] = range.split(':');
  const from = parseAddress(a);
  const to = parseAddress(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** The sheet rows of a case, header and title lines included. */
export function caseValues(c: Case): Value[][] {
  const header = c.header === undefined ? HEADER : c.header;
  return [...(c.above ?? []).map((r) => [...r]), ...(header === null ? [] : [[...header]]), ...c.rows.map((r) => [...r])];
}

/** Runs one case through analyzeSheet with only `rule` enabled. */
export function runCase(rule: Rule, c: Case): SheetReport {
  const grid = gridFromValues('Phụ lục', caseValues(c), (c.merges ?? []).map(parseRange));
  return analyzeSheet(
    grid,
    { lang: 'vi', ...c.options, asOf: c.asOf ?? DEFAULT_AS_OF },
    { rules: [rule], ...(c.units === undefined ? {} : { units: c.units }) },
  );
}

/** Orders addresses top to bottom, then left to right. */
function byPosition(a: string, b: string): number {
  const pa = parseAddress(a);
  const pb = parseAddress(b);
  return pa.row - pb.row || pa.col - pb.col;
}

function title(c: Case, index: number): string {
  if (c.name) return c.name;
  const cells = c.rows.flatMap((r) => r.filter((v) => v !== null).map((v) => (typeof v === 'object' && v !== null ? String(v.value) : String(v))));
  return `#${index + 1}: ${JSON.stringify(cells).slice(0, 80)}`;
}

function expectTable(report: SheetReport): void {
  // Without a table every rule is silent, which would make a `valid` case meaningless.
  expect(report.reason ?? null).toBeNull();
  expect(report.table).not.toBeNull();
}

export function ruleTester(rule: Rule, tests: RuleTests): void {
  const focused = [...tests.valid, ...tests.invalid].some((c) => c.only);
  const itFor = (c: Case) => (c.only ? it.only : focused ? it.skip : it);

  describe(rule.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(tests.valid.length).toBeGreaterThan(0);
      expect(tests.invalid.length).toBeGreaterThan(0);
    });

    describe('valid', () => {
      tests.valid.forEach((c, i) => {
        itFor(c)(title(c, i), () => {
          const report = runCase(rule, c);
          expectTable(report);
          expect(report.findings.map((f) => `${f.cell}: ${f.message}`)).toEqual([]);
        });
      });
    });

    describe('invalid', () => {
      tests.invalid.forEach((c, i) => {
        itFor(c)(title(c, i), () => {
          if (c.findings.length === 0) throw new Error('an invalid case must list at least one finding');
          const report = runCase(rule, c);
          expectTable(report);
          for (const f of report.findings) {
            expect(f.rule).toBe(rule.id);
            expect(f.severity).toBe(rule.severity);
            expect(f.row).toBe(parseAddress(f.cell).row + 1);
            expect(typeof f.message).toBe('string');
            expect(f.message).not.toMatch(/\{\w+\}/); // every placeholder filled
          }
          const actual = [...report.findings].sort((a, b) => byPosition(a.cell, b.cell));
          const expected = [...c.findings].sort((a, b) => byPosition(a.cell, b.cell));
          expect(actual.map((f) => f.cell)).toEqual(expected.map((f) => f.cell));
          expected.forEach((e, k) => {
            const f = actual[k];
            if (e.fix !== undefined) expect({ cell: f.cell, fix: f.fix }).toEqual({ cell: e.cell, fix: e.fix });
            if (e.value !== undefined) expect({ cell: f.cell, value: f.value }).toEqual({ cell: e.cell, value: e.value });
            if (e.params !== undefined) {
              const picked: Record<string, unknown> = {};
              for (const key of Object.keys(e.params)) picked[key] = f.params?.[key];
              expect({ cell: f.cell, params: picked }).toEqual({ cell: e.cell, params: e.params });
            }
          });
        });
      });
    });
  });
}
