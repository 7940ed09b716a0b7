import type { Rule } from './rule';

export const indicatorMissing: Rule = {
  id: 'indicator.missing',
  severity: 'warning',
  check({ table, items, report }) {
    const col = table.columns.single.indicator;
    if (col === undefined) return;
    for (const item of items) {
      if (item.indicator === null) report({ row: item.row, col, params: { stt: item.sttText } });
    }
  },
};
