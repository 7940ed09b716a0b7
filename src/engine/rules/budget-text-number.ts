import type { Rule } from './rule';

/** "3.954" typed as text: it reads as 3954 but Excel will not add it up. */
export const budgetTextNumber: Rule = {
  id: 'budget.text-number',
  severity: 'warning',
  check({ items, report }) {
    for (const item of items) {
      for (const b of item.budget) {
        if (b.state === 'text-number' && b.amount !== null) {
          report({ row: item.row, col: b.col, params: { amount: b.amount }, fix: b.amount });
        }
      }
    }
  },
};
