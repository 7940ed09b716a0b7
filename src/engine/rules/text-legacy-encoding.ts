import { detectLegacyEncoding } from '../encoding';
import { forEachTextCell, textRows } from './cells';
import type { Rule } from './rule';

const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/** Text typed in TCVN3 or VNI that shows as garbage in a Unicode font; fix holds the Unicode. */
export const textLegacyEncoding: Rule = {
  id: 'text.legacy-encoding',
  severity: 'warning',
  check({ grid, rows, table, report }) {
    const visit = (row: number, col: number, text: string, cell: { readonly font?: string }) => {
      const hit = detectLegacyEncoding(text, cell.font);
      if (hit) report({ row, col, params: { encoding: ENCODING_NAMES[hit.encoding], fix: hit.unicode }, fix: hit.unicode });
    };
    // Legacy headers are as unreadable as legacy data, so the header rows are checked too.
    forEachTextCell(grid, [...table.headerRows, ...textRows(rows)], visit);
  },
};
