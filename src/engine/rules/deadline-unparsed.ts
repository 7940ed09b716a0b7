import type { Rule } from './rule';

export const deadlineUnparsed: Rule = {
  id: 'deadline.unparsed',
  severity: 'warning',
  check({ table, items, report }) {
    const col = table.columns.single.deadline;
    if (col === undefined) return;
    for (const item of items) {
      const d = item.deadline;
      if (d && d.kind === 'unknown' && d.raw.trim() !== '') {
        report({ row: item.row, col, params: { value: d.raw }, value: d.raw });
      }
    }
  },
};
