/**
 * Round trips of the ribbon/pane operations on a generated appendix, counted by the
 * simulator. Used by run.test.ts (which asserts the budget and prints the table) and by
 * scripts that report them.
 */
import { runClearHighlights, runValidation } from '../../src/excel/run';
import { createSimWorkbook } from '../../src/office-sim';
import { appendix, AS_OF } from './appendix-fixture';

export interface SyncMeasure {
  readonly rows: number;
  readonly flagged: number;
  readonly version: string;
  /** Validation of a sheet without earlier highlights. */
  readonly firstValidation: number;
  /** Validation again: the previous highlights are found and replaced. */
  readonly secondValidation: number;
  readonly clear: number;
  /** Conditional formats the validation wrote. */
  readonly formats: number;
}

/** Validates, validates again and clears a `rows`-row appendix with a fifth of its items flagged. */
export async function measureSyncs(rows: number, version = '1.17', flagged = Math.round(rows / 5)): Promise<SyncMeasure> {
  const sim = createSimWorkbook({ requirementSets: version, sheets: [appendix(rows, flagged).sheet] });
  const count = async (op: () => Promise<unknown>) => {
    const start = sim.syncCount;
    await op();
    return sim.syncCount - start;
  };
  let formats = 0;
  const firstValidation = await count(async () => {
    formats = (await runValidation(sim.host, { asOf: AS_OF })).highlights.formats;
  });
  const secondValidation = await count(() => runValidation(sim.host, { asOf: AS_OF }));
  const clear = await count(() => runClearHighlights(sim.host));
  return { rows, flagged, version, firstValidation, secondValidation, clear, formats };
}
