import type { Rule } from './rule';

/** Due before the as-of date and not done (by status column or a "Đã hoàn thành" deadline). */
export const deadlineOverdue: Rule = {
  id: 'deadline.overdue',
  severity: 'error',
  check({ table, items, report }) {
    const col = table.columns.single.deadline;
    if (col === undefined) return;
    for (const item of items) {
      if (item.overdue && item.deadline?.due) {
        report({ row: item.row, col, params: { due: item.deadline.due, stt: item.sttText }, value: item.deadline.raw });
      }
    }
  },
};
