import type { Stt } from '../parse/stt';
import type { Rule } from './rule';

/** Position of an STT among its siblings, and the key of the sibling sequence it belongs to. */
function sequence(stt: Stt): { key: string; n: number } | null {
  switch (stt.kind) {
    case 'roman':
      return { key: 'roman', n: stt.value };
    case 'number':
      return { key: 'n:' + stt.parts.slice(0, -1).join('.'), n: stt.parts[stt.parts.length - 1] };
    case 'paren':
      return { key: 'paren', n: stt.value };
    case 'letter':
      return { key: 'letter', n: stt.value };
  }
}

/** STT jumps forward (1, 2, 4) within the same sequence of siblings. */
export const numberingGap: Rule = {
  id: 'numbering.gap',
  severity: 'info',
  check({ table, rows, report }) {
    const col = table.columns.single.stt;
    if (col === undefined) return;
    const last = new Map<string, { n: number; text: string }>();
    // Some appendices number items straight through the sections (I: 1…40, II: 41…48); the
    // first item of a section may therefore start at 1 or carry on from the last top-level one.
    let lastTopLevel: { n: number; text: string } | undefined;
    for (const info of rows) {
      if (!info.stt || (info.kind !== 'item' && info.kind !== 'group' && info.kind !== 'section')) continue;
      const seq = sequence(info.stt);
      if (!seq) continue;
      if (info.kind === 'section') {
        // A new section restarts every numbered sequence under it.
        for (const key of [...last.keys()]) if (key !== 'roman') last.delete(key);
      } else if (info.stt.kind === 'number') {
        // A new parent restarts its children's sequence ("2" resets "2.x"), and so does a new
        // numbered item for its "(1)" sub-tasks.
        last.delete('n:' + info.stt.parts.join('.'));
        last.delete('paren');
        last.delete('letter');
      }
      const topLevel = seq.key === 'n:';
      const prev = last.get(seq.key) ?? (topLevel && lastTopLevel && seq.n > 1 ? lastTopLevel : undefined);
      const expected = prev ? prev.n + 1 : 1;
      if (topLevel) lastTopLevel = { n: seq.n, text: info.stt.text };
      if (seq.n > expected) {
        report({ row: info.row, col, params: { stt: info.stt.text, previous: prev ? prev.text : '—' } });
      }
      if (!prev || seq.n > prev.n) last.set(seq.key, { n: seq.n, text: info.stt.text });
    }
  },
};
