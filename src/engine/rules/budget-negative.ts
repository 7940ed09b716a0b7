import type { Rule } from './rule';

export const budgetNegative: Rule = {
  id: 'budget.negative',
  severity: 'error',
  check({ items, report }) {
    for (const item of items) {
      for (const b of item.budget) {
        if (b.amount !== null && b.amount < 0) report({ row: item.row, col: b.col, params: { amount: b.amount } });
      }
    }
  },
};
