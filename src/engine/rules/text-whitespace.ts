import { cleanText, hasWhitespaceIssue } from '../parse/text';
import { forEachTextCell, textRows } from './cells';
import type { Rule } from './rule';

export const textWhitespace: Rule = {
  id: 'text.whitespace',
  severity: 'info',
  check({ grid, rows, report }) {
    forEachTextCell(grid, textRows(rows), (row, col, text) => {
      if (hasWhitespaceIssue(text)) report({ row, col, fix: cleanText(text) });
    });
  },
};
