/**
 * Every defect injected into the .messy samples (listed in ../shared/samples/README.md) is
 * reported with the rule id the report contract gives it. The list is read from the README
 * itself, so a defect added there is a test added here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook, type Finding, type RuleId } from '../../src/engine';
import { SAMPLES, sampleGrids } from '../helpers/samples';

interface Defect {
  file: string;
  sheet: string;
  cell: string;
  rule: RuleId;
  what: string;
}

function cellsOf(list: string): string[] {
  return [...list.matchAll(/\b([A-Z]{1,2}\d{1,4})\b(?:="[^"]*")?/g)].map((m) => m[1]);
}

/** Reads the "Injected defects" part of the samples README into (file, sheet, cell, rule). */
function injectedDefects(): Defect[] {
  const text = fs.readFileSync(path.join(SAMPLES, 'README.md'), 'utf8');
  const part = text.slice(text.indexOf('## Injected defects'), text.indexOf('## Judgement calls'));
  const defects: Defect[] = [];
  let file = '';
  let sheet = '';
  for (const line of part.split('\n')) {
    const fileHead = /^### `([^`]+)`/.exec(line);
    if (fileHead) file = fileHead[1];
    const sheetHead = /^\*\*(.+)\*\*$/.exec(line.trim());
    if (sheetHead) sheet = sheetHead[1];
    if (!line.startsWith('- ')) continue;
    const add = (cell: string, rule: RuleId) => defects.push({ file, sheet, cell, rule, what: line.slice(2, 80) });
    const at = /^- [^!]+!([A-Z]+\d+)(?::[A-Z]+\d+)?:\s*(.*)$/.exec(line);
    if (at) {
      const [, cell, what] = at;
      if (/^continuation row/.test(what)) add(cell, 'structure.continuation');
      else if (/stray page-number/.test(what)) add(cell, 'structure.page-number');
      else if (/repeated header/.test(what)) add(cell, 'structure.repeated-header');
      else if (/NFD/.test(what)) add(cell, 'text.unicode');
      else if (/(double|trailing|leading) space/.test(what)) add(cell, 'text.whitespace');
      else throw new Error(`unrecognised defect line: ${line}`);
      continue;
    }
    const listed = /^- (hard line breaks|budget stored as text)[^(]*\((\d+) cells\): (.*)$/.exec(line);
    if (listed) {
      const cells = cellsOf(listed[3]);
      expect(cells).toHaveLength(Number(listed[2]));
      for (const cell of cells) add(cell, listed[1] === 'hard line breaks' ? 'text.whitespace' : 'budget.text-number');
      continue;
    }
    throw new Error(`unrecognised defect line: ${line}`);
  }
  return defects;
}

const defects = injectedDefects();

test('the README lists the defects we expect to find', () => {
  // 2023: 3+1+1+1+12 and 1+1+1+7+15; 2022-2025: 5+1+80, 1+1+43, 1+1+1+1+1+1+1+1+1+57+160
  expect(defects.length).toBeGreaterThan(350);
});

const byFile = new Map<string, Defect[]>();
for (const d of defects) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);

describe.each([...byFile.keys()])('%s', (file) => {
  test('every injected defect is reported with its rule id', async () => {
    const report = analyzeWorkbook(await sampleGrids(file), { asOf: '2023-06-30' });
    const found = new Set<string>();
    for (const sheet of report.sheets) for (const f of sheet.findings as Finding[]) found.add(`${sheet.sheet}|${f.cell}|${f.rule}`);
    const missing = byFile.get(file)!.filter((d) => !found.has(`${d.sheet}|${d.cell}|${d.rule}`));
    expect(missing.map((d) => `${d.sheet}!${d.cell} ${d.rule} (${d.what})`)).toEqual([]);
  });
});
