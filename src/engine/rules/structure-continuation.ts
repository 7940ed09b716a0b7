import { sheetRow } from '../grid';
import { firstFilledColumn } from './cells';
import type { Rule } from './rule';

/** A row split off its item by copy-paste; a deliberate merged layout is left alone. */
export const structureContinuation: Rule = {
  id: 'structure.continuation',
  severity: 'warning',
  check({ grid, rows, report }) {
    let previousRow = -1;
    for (const info of rows) {
      if (info.kind === 'continuation' && !info.merged) {
        report({ row: info.row, col: firstFilledColumn(grid, info.row), params: { previousRow: sheetRow(grid, previousRow) } });
      }
      if (info.kind === 'item' || info.kind === 'continuation') previousRow = info.row;
    }
  },
};
