import { firstFilledColumn } from './cells';
import type { Rule } from './rule';

export const structureRepeatedHeader: Rule = {
  id: 'structure.repeated-header',
  severity: 'warning',
  check({ grid, rows, report }) {
    for (const info of rows) {
      if (info.kind === 'header') report({ row: info.row, col: firstFilledColumn(grid, info.row) });
    }
  },
};
