/**
 * The reader's building blocks on their own: the streaming XML tokenizer (chunk boundaries are
 * where streaming parsers break), the number-format and formula rules both readers share, the
 * zip layouts real packagers produce, and the sniffer's naming of non-workbooks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { InputError, readWorkbook } from '../../../src/cli/xlsx';
import * as fallback from '../../../src/cli/xlsx/fallback';
import {
  isDateFormat,
  isTimeOnlyFormat,
  isoToSerial,
  parseCellRef,
  parseRange,
  slideFormula,
} from '../../../src/cli/xlsx/cell-format';
import { McFilter, XmlScanner, attr, type XmlSink } from '../../../src/cli/xlsx/fallback/xml-scanner';
import { describeNonZip } from '../../../src/cli/xlsx/sniff';
import { c, packageParts, row } from '../../fixtures/hostile/make-xlsx';
import { buildZip, entry } from '../../fixtures/hostile/raw-zip';

function events(chunks: string[], mc = false): string[] {
  const out: string[] = [];
  let depth = 0;
  const sink: XmlSink = {
    get wantText() {
      return depth > 0;
    },
    open(name, attrs) {
      out.push(`<${name}${attrs.trim() ? ` ${attrs.trim()}` : ''}>`);
      depth++;
    },
    close(name) {
      out.push(`</${name}>`);
      depth--;
    },
    text(t) {
      // Text may arrive in pieces (CDATA); join neighbours so chunking cannot change the result.
      if (out.length > 0 && out[out.length - 1].startsWith('#')) out[out.length - 1] += t;
      else out.push(`#${t}`);
    },
  };
  const scanner = new XmlScanner(mc ? new McFilter(sink) : sink);
  for (const ch of chunks) scanner.write(ch);
  scanner.end();
  return out;
}

const XML = `\uFEFF<?xml version="1.0"?><!-- a > comment --><!DOCTYPE x [<!ENTITY boom "boom">]>
<x:root xmlns:x="urn:x" a='1>2' b="q&quot;&amp;&#x1F600;&#65;"><x:c r="A1"><x:v>1 &lt; 2 &amp;&amp; 3 &gt; 2</x:v></x:c><x:t><![CDATA[<raw> & ]]>tail &boom;</x:t><e/></x:root>`;

describe('XmlScanner', () => {
  const whole = events([XML]);

  it('reports local names, raw attributes, decoded text', () => {
    expect(whole).toEqual([
      `<root xmlns:x="urn:x" a='1>2' b="q&quot;&amp;&#x1F600;&#65;">`,
      '<c r="A1">',
      '<v>',
      '#1 < 2 && 3 > 2',
      '</v>',
      '</c>',
      '<t>',
      // CDATA is raw; the undeclared entity stays as written (DTD entities are never expanded).
      '#<raw> & tail &boom;',
      '</t>',
      '<e>',
      '</e>',
      '</root>',
    ]);
    expect(attr(`a='1>2' b="q&quot;&amp;&#x1F600;&#65;"`, 'b')).toBe('q"&😀A');
    expect(attr(' r:id="rId3" sheetId="1"', 'id', true)).toBe('rId3');
    expect(attr(' sheetId="1"', 'id', true)).toBeUndefined();
  });

  it('gives the same events however the input is cut', () => {
    expect(events([...XML])).toEqual(whole);
    for (let seed = 1; seed <= 20; seed++) {
      const chunks: string[] = [];
      let i = 0;
      let x = seed;
      while (i < XML.length) {
        x = (x * 1103515245 + 12345) % 2147483648;
        const n = 1 + (x % 17);
        chunks.push(XML.slice(i, i + n));
        i += n;
      }
      expect(events(chunks)).toEqual(whole);
    }
  });

  it('takes the Fallback branch of mc:AlternateContent', () => {
    const xml =
      '<fonts><mc:AlternateContent><mc:Choice Requires="hs"><font><name val="A"/></font></mc:Choice>' +
      '<mc:Fallback><font><name val="B"/></font></mc:Fallback></mc:AlternateContent></fonts>';
    expect(events([xml], true)).toEqual(['<fonts>', '<font>', '<name val="B">', '</name>', '</font>', '</fonts>']);
  });
});

describe('number formats', () => {
  it.each([
    ['General', false],
    ['#,##0', false],
    ['#,##0 "đ"', false],
    ['#,##0 VND', false],
    ['0.00%', false],
    ['0.00E+00', false],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', false],
    ['[$-42A]#,##0', false],
    ['@', false],
    ['dd/mm/yyyy', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['yyyy\\-mm\\-dd', true],
    ['h:mm AM/PM', true],
    ['[hh]:mm:ss', true],
    ['mmm-yy', true],
  ])('%s is a date: %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });

  it('tells times and durations from dates', () => {
    expect(isTimeOnlyFormat('[hh]:mm:ss')).toBe(true);
    expect(isTimeOnlyFormat('h:mm AM/PM')).toBe(true);
    expect(isTimeOnlyFormat('mm:ss')).toBe(true);
    expect(isTimeOnlyFormat('dd/mm/yyyy hh:mm')).toBe(false);
    expect(isTimeOnlyFormat('mmm-yy')).toBe(false);
    expect(isTimeOnlyFormat('#,##0')).toBe(false);
  });

  it('reads ISO dates as 1900-system serials', () => {
    expect(isoToSerial('2024-01-01')).toBe(45292);
    expect(isoToSerial('2024-01-01T12:00:00')).toBe(45292.5);
    expect(isoToSerial('2024-01-01T12:00:00+07:00')).toBeCloseTo(45292.5 - 7 / 24, 10);
    expect(isoToSerial('not a date')).toBeUndefined();
  });
});

describe('references and shared formulas', () => {
  it('moves relative references only', () => {
    expect(slideFormula('SUM(A1:B2)+$C$3+C$4+$D5', 2, 1)).toBe('SUM(B3:C4)+$C$3+D$4+$D7');
    expect(slideFormula('LOG10(A1)', 1, 0)).toBe('LOG10(A2)');
    expect(slideFormula('Sheet2!A1*2', 1, 1)).toBe('Sheet2!B2*2');
    expect(slideFormula('"A1"&A1', 1, 0)).toBe('"A1"&A2');
    expect(slideFormula("'Phụ lục A1'!A1", 1, 0)).toBe("'Phụ lục A1'!A2");
  });

  it('parses A1 references and ranges, refusing junk', () => {
    expect(parseCellRef('XFD1048576')).toEqual({ row: 1_048_575, col: 16_383 });
    expect(parseCellRef('11_2')).toBeUndefined();
    expect(parseCellRef('XFE1')).toBeUndefined();
    expect(parseRange('B2:A1')).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });
});

describe('sniffing non-zip files', () => {
  it.each([
    ['%PDF-1.7\n', /PDF/],
    ['<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', /Excel 2003 XML/],
    ['<!DOCTYPE html><html>', /HTML/],
    ['STT;Nội dung;Kinh phí\n1;a;2\n2;b;3\n', /CSV/],
    ['just some words\n', /plain text/],
  ])('%j', (head, re) => {
    const e = describeNonZip(Buffer.from(head, 'utf8'));
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toMatch(re);
  });
});

describe('zip layouts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'appendix-zip-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const spec = { sheets: [{ name: 'S', sheetData: row(1, [c.str('A1', 'zip'), c.num('B1', 7)]) }] };

  it.each([
    ['zip64 records', { zip64: true }],
    ['data descriptors (streamed writers)', { dataDescriptor: true }],
    ['both', { zip64: true, dataDescriptor: true }],
  ])('reads a workbook written with %s', async (_label, layout) => {
    const file = path.join(dir, `layout-${Object.keys(layout).join('-')}.xlsx`);
    writeFileSync(file, buildZip([...packageParts(spec)].map(([n, x]) => entry(n, x)), layout));
    const { sheets } = await readWorkbook(file, { isolation: 'in-process' });
    expect(sheets[0].cells).toEqual([[{ value: 'zip' }, { value: 7 }]]);
  });
});

describe('second opinion', () => {
  const sample = path.resolve(__dirname, '../../../../shared/samples/vinh-phuc-2023.xlsx');

  it('reads with exceljs, and says so, when the built-in reader fails unexpectedly', async () => {
    const spy = jest.spyOn(fallback, 'readWithFallback').mockRejectedValue(new TypeError('boom'));
    try {
      const r = await readWorkbook(sample, { isolation: 'in-process' });
      expect(r.reader).toBe('exceljs');
      expect(r.warnings[0]).toMatch(/built-in reader failed \(TypeError: boom\)/);
      expect(r.sheets.map((s) => s.name)).toEqual(['Phụ lục I', 'Phụ lục II']);
    } finally {
      spy.mockRestore();
    }
  });

  it('does not second-guess a refusal', async () => {
    const spy = jest.spyOn(fallback, 'readWithFallback').mockRejectedValue(new InputError('no-sheets', 'none'));
    try {
      await expect(readWorkbook(sample, { isolation: 'in-process' })).rejects.toMatchObject({ code: 'no-sheets' });
    } finally {
      spy.mockRestore();
    }
  });
});
