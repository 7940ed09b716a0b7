import type { SingleRole } from '../model';
import type { Rule } from './rule';

const OWNER_ROLES: readonly SingleRole[] = ['lead', 'partners'];

/** A unit written differently from its canonical name in the directory ("Trung THCB"). */
export const ownerAlias: Rule = {
  id: 'owner.alias',
  severity: 'info',
  check({ table, items, units, report }) {
    if (!units) return;
    for (const role of OWNER_ROLES) {
      const col = table.columns.single[role];
      if (col === undefined) continue;
      for (const item of items) {
        for (const name of role === 'lead' ? item.lead : item.partners) {
          const m = units.match(name);
          if (m.kind === 'alias') report({ row: item.row, col, value: name, params: { canonical: m.canonical }, fix: m.canonical });
        }
      }
    }
  },
};
