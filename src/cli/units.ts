/** Reads a unit directory CSV (canonical name, aliases separated by ";") for --units. */
import * as fs from 'fs';
import { defaultUnitDirectory } from '../engine/units/default-units';
import { entriesFromRows, type UnitDirectory } from '../engine/units/directory';
import { InputError } from './xlsx';

/** Splits one CSV line, honouring double quotes ("Sở Kế hoạch và Đầu tư, tỉnh"). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export async function loadUnits(file: string): Promise<UnitDirectory> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch {
    throw new InputError('not-found', `unit directory ${file} not found`, `không tìm thấy danh mục đơn vị ${file}`);
  }
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [name = '', ...aliases] = splitCsvLine(l);
      return [name, aliases.join(';')] as [string, string];
    });
  return defaultUnitDirectory().extend(entriesFromRows(rows), true);
}
