// Helper run in a child process by the encoding tests (exceljs can hang or crash on some
// corpus files, and only a separate process can be killed on a timeout).
// Prints one JSON object: { cells: [{ text, font }] } for every text cell of the workbook.
'use strict';
const ExcelJS = require('exceljs');

function cellText(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    if (Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if (typeof value.text === 'string') return value.text; // hyperlinks
    if (typeof value.result === 'string') return value.result; // formulas with text results
  }
  return null;
}

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const cells = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        const text = cellText(c.value);
        if (text !== null && text !== '') cells.push({ text, font: c.font && c.font.name });
      });
    });
  }
  process.stdout.write(JSON.stringify({ cells }));
})().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.message) }));
});
