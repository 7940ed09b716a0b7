import { firstFilledColumn } from './cells';
import type { Rule } from './rule';

/** A lone number between rows: the page number a PDF printed at a page break, pasted along. */
export const structurePageNumber: Rule = {
  id: 'structure.page-number',
  severity: 'warning',
  check({ grid, rows, report }) {
    for (const info of rows) {
      if (info.kind === 'page-number') report({ row: info.row, col: firstFilledColumn(grid, info.row) });
    }
  },
};
