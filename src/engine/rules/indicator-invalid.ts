import { isIndicatorValid } from '../parse/indicator';
import type { Rule } from './rule';

/** A percentage outside 0–100 (or one that cannot be read as a number at all). */
export const indicatorInvalid: Rule = {
  id: 'indicator.invalid',
  severity: 'error',
  check({ table, items, report }) {
    const col = table.columns.single.indicator;
    if (col === undefined) return;
    for (const item of items) {
      if (item.indicator && !isIndicatorValid(item.indicator)) {
        report({ row: item.row, col, params: { value: item.indicatorText } });
      }
    }
  },
};
