import { detectLegacyEncoding } from '../encoding';
import { isTextRow } from './cells';
import type { Rule } from './rule';

const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/** Text typed in TCVN3 or VNI that shows as garbage in a Unicode font; fix holds the Unicode. */
export const textLegacyEncoding: Rule = {
  id: 'text.legacy-encoding',
  severity: 'warning',
  check({ grid, rows, table, report }) {
    const check = (row: number) => {
      const cells = grid.cells[row] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell || typeof cell.value !== 'string') continue;
        const hit = detectLegacyEncoding(cell.value, cell.font);
        if (hit) report({ row, col: c, params: { encoding: ENCODING_NAMES[hit.encoding], fix: hit.unicode }, fix: hit.unicode });
      }
    };
    // Legacy headers are as unreadable as legacy data, so the header rows are checked too.
    for (const r of table.headerRows) check(r);
    for (const info of rows) if (isTextRow(info.kind)) check(info.row);
  },
};
