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
    let parent = '';
    for (const info of rows) {
      if (info.kind === 'section') {
        section = info.section;
        seen.clear();
        parent = '';
        continue;
      }
      if ((info.kind !== 'item' && info.kind !== 'group') || !info.stt) continue;
      if (info.stt.kind === 'number') parent = info.stt.text;
      const key = info.stt.kind === 'paren' || info.stt.kind === 'letter' ? `${parent} ${info.stt.text}` : info.stt.text;
      if (seen.has(key)) report({ row: info.row, col, params: { stt: info.stt.text, section: section ?? '—' } });
      seen.add(key);
    }
  },
};
