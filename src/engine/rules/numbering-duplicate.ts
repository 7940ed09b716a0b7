import type { Rule } from './rule';

/** The same STT twice in one section (sections restart the numbering). */
export const numberingDuplicate: Rule = {
  id: 'numbering.duplicate',
  severity: 'warning',
  check({ table, rows, report }) {
    const col = table.columns.single.stt;
    if (col === undefined) return;
    const seen = new Set<string>();
    let section: string | null = null;
    for (const info of rows) {
      if (info.kind === 'section') {
        section = info.section;
        seen.clear();
        continue;
      }
      if ((info.kind !== 'item' && info.kind !== 'group') || !info.stt) continue;
      const key = info.stt.text;
      if (seen.has(key)) report({ row: info.row, col, params: { stt: key, section: section ?? '—' } });
      seen.add(key);
    }
  },
};
