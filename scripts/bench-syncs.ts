/**
 * Office.js round trips of a full validation (read, settings, highlights) against the Excel
 * simulator, for appendices of 1,000 / 10,000 / 100,000 rows with a fifth of the items
 * flagged. Printed as JSON on the last line for `npm run bench`.
 */
import { measureSyncs } from '../test/excel/measure-syncs';

async function main(): Promise<void> {
  const out: Record<string, number> = {};
  for (const [key, rows] of [['syncs1k', 1000], ['syncs10k', 10000], ['syncs100k', 100000]] as const) {
    out[key] = (await measureSyncs(rows, "1.17")).firstValidation;
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench-syncs: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
