import type { Rule } from './rule';

export const totalMismatch: Rule = {
  id: 'total.mismatch',
  severity: 'error',
  check({ totals, report }) {
    for (const d of totals.declared) {
      if (d.ok) continue;
      const difference = d.declared === null ? null : Math.round((d.declared - d.computed) * 1e6) / 1e6;
      report({ row: d.row, col: d.col, params: { declared: d.declared, computed: d.computed, difference }, fix: d.computed });
    }
  },
};
