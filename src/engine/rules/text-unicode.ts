import { isDecomposed } from '../parse/text';
import { isTextRow } from './cells';
import type { Rule } from './rule';

/** Decomposed (NFD) Vietnamese looks identical but breaks lookups, filters and sorting. */
export const textUnicode: Rule = {
  id: 'text.unicode',
  severity: 'info',
  check({ grid, rows, report }) {
    for (const info of rows) {
      if (!isTextRow(info.kind)) continue;
      const cells = grid.cells[info.row] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c]?.value;
        if (typeof v === 'string' && isDecomposed(v)) report({ row: info.row, col: c, fix: v.normalize('NFC') });
      }
    }
  },
};
