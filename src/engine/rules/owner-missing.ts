import type { Rule } from './rule';

/** An item whose lead column is empty is unassigned (groups and sections are not items). */
export const ownerMissing: Rule = {
  id: 'owner.missing',
  severity: 'error',
  check({ table, items, report }) {
    const col = table.columns.single.lead;
    if (col === undefined) return;
    for (const item of items) {
      if (item.unassigned) report({ row: item.row, col, params: { stt: item.sttText } });
    }
  },
};
