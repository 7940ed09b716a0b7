/**
 * Compile-time proof that the narrow interfaces in src/excel/api.ts are a true subset of the
 * real Office.js types: if @types/office-js disagrees with a signature we rely on, `npm run
 * typecheck` fails here. (The simulator's side is checked by its `implements` clauses.)
 */
import type * as Xl from '../../src/excel/api';

type Assert<T extends true> = T;
type Conforms<Real, Narrow> = Real extends Narrow ? true : false;

export type Checks = [
  Assert<Conforms<Excel.RequestContext, Xl.XlRequestContext>>,
  Assert<Conforms<Excel.Workbook, Xl.XlWorkbook>>,
  Assert<Conforms<Excel.WorksheetCollection, Xl.XlWorksheetCollection>>,
  Assert<Conforms<Excel.Worksheet, Xl.XlWorksheet>>,
  Assert<Conforms<Excel.Range, Xl.XlRange>>,
  Assert<Conforms<Excel.RangeAreas, Xl.XlRangeAreas>>,
  Assert<Conforms<Excel.ConditionalFormatCollection, Xl.XlConditionalFormatCollection>>,
  Assert<Conforms<Excel.ConditionalFormat, Xl.XlConditionalFormat>>,
  Assert<Conforms<typeof Excel, Xl.XlExcel>>,
  Assert<Conforms<typeof Office, Xl.XlOffice>>,
  Assert<Conforms<Office.Settings, Xl.XlSettings>>,
];

describe('src/excel/api.ts', () => {
  it('is checked by the type checker (this file compiles only if the real types conform)', () => {
    const checks: Checks['length'] = 11;
    expect(checks).toBe(11);
  });
});
