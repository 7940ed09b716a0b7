import type { Rule } from './rule';

export const deadlineMissing: Rule = {
  id: 'deadline.missing',
  severity: 'warning',
  check({ table, items, report }) {
    const col = table.columns.single.deadline;
    if (col === undefined) return;
    for (const item of items) {
      if (item.deadline === null) report({ row: item.row, col, params: { stt: item.sttText } });
    }
  },
};
