import type { Rule } from './rule';

/**
 * A lead unit missing from the directory the user supplied. Without a user directory the
 * built-in one is too small to judge by, so this stays silent. Near misses are suggested in
 * the message, never applied.
 */
export const ownerUnknown: Rule = {
  id: 'owner.unknown',
  severity: 'warning',
  check({ table, items, units, report }) {
    const col = table.columns.single.lead;
    if (!units || !units.userSupplied || col === undefined) return;
    for (const item of items) {
      for (const name of item.lead) {
        const m = units.match(name);
        if (m.kind === 'unknown') report({ row: item.row, col, value: name, params: { suggestion: null } });
        if (m.kind === 'suggestion') report({ row: item.row, col, value: name, params: { suggestion: m.canonical } });
      }
    }
  },
};
