import { isDecomposed } from '../parse/text';
import { forEachTextCell, textRows } from './cells';
import type { Rule } from './rule';

/** Decomposed (NFD) Vietnamese looks identical but breaks lookups, filters and sorting. */
export const textUnicode: Rule = {
  id: 'text.unicode',
  severity: 'info',
  check({ grid, rows, report }) {
    forEachTextCell(grid, textRows(rows), (row, col, text) => {
      if (isDecomposed(text)) report({ row, col, fix: text.normalize('NFC') });
    });
  },
};
