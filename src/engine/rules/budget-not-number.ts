import type { Rule } from './rule';

/** A budget that is neither a number nor a note pointing to another plan. */
export const budgetNotNumber: Rule = {
  id: 'budget.not-number',
  severity: 'error',
  check({ items, report }) {
    for (const item of items) {
      for (const b of item.budget) if (b.state === 'not-number') report({ row: item.row, col: b.col });
    }
  },
};
