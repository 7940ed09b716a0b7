import type { Rule } from './rule';

export const totalParentMismatch: Rule = {
  id: 'total.parent-mismatch',
  severity: 'warning',
  check({ totals, items, report }) {
    for (const p of totals.parents) {
      const item = items[p.item];
      report({ row: item.row, col: p.col, params: { stt: item.sttText, declared: p.declared, computed: p.computed } });
    }
  },
};
