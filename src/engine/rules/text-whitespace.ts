import { cleanText, hasWhitespaceIssue } from '../parse/text';
import { isTextRow } from './cells';
import type { Rule } from './rule';

export const textWhitespace: Rule = {
  id: 'text.whitespace',
  severity: 'info',
  check({ grid, rows, report }) {
    for (const info of rows) {
      if (!isTextRow(info.kind)) continue;
      const cells = grid.cells[info.row] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c]?.value;
        if (typeof v === 'string' && v !== '' && hasWhitespaceIssue(v)) report({ row: info.row, col: c, fix: cleanText(v) });
      }
    }
  },
};
