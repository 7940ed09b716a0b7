#!/usr/bin/env node
'use strict';
/**
 * Builds demo/phu-luc-demo.xlsx from demo/demo-appendix.json: the appendix `npm start` and the
 * standalone page open when there is no workbook of the user's. It is written as staff paste
 * appendices from PDF: budgets as Vietnamese-style text, a repeated header at a page break, a
 * stray page number, a line break inside a cell, and a declared total that is off.
 */
const path = require('path');
const ExcelJS = require('exceljs');

const ROOT = path.resolve(__dirname, '..');
const data = require(path.join(ROOT, 'demo', 'demo-appendix.json'));
const OUT = path.join(ROOT, 'demo', 'phu-luc-demo.xlsx');

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Appendix Checker demo';
  const ws = wb.addWorksheet(data.sheet);
  const width = data.header.length;
  ws.columns = [6, 48, 26, 28, 18, 16, 12, 12].map((w) => ({ width: w }));
  const thin = { style: 'thin' };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const last = String.fromCharCode(64 + width);

  data.title.forEach((text, i) => {
    const row = ws.addRow([text]);
    ws.mergeCells(`A${row.number}:${last}${row.number}`);
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(1).font = { bold: i < 2, italic: i === 2, size: i === 0 ? 13 : 12 };
  });
  const unitRow = ws.addRow([]);
  unitRow.getCell(width - 1).value = data.unitLine;
  ws.mergeCells(`${String.fromCharCode(63 + width)}${unitRow.number}:${last}${unitRow.number}`);
  unitRow.getCell(width - 1).font = { italic: true };

  const addHeader = () => {
    const top = ws.addRow(data.header);
    const sub = ws.addRow(data.subHeader);
    for (let c = 1; c <= width; c++) {
      if (data.subHeader[c - 1] === null) ws.mergeCells(top.number, c, sub.number, c);
    }
    ws.mergeCells(top.number, width - 1, top.number, width);
    for (const row of [top, sub]) {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = { bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = border;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
      });
    }
  };
  addHeader();

  data.rows.forEach((values, i) => {
    if (i === data.pageBreakBefore) {
      ws.addRow([String(22)]).getCell(1).value = 22;
      addHeader();
    }
    const row = ws.addRow(values.slice(0, width));
    const section = typeof values[0] === 'string' && /^[IVX]+$/.test(values[0]);
    if (section) {
      ws.mergeCells(row.number, 2, row.number, width);
      row.font = { bold: true };
    }
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: col <= 4 };
      if (col > width - 2 && typeof cell.value === 'number') cell.numFmt = '#,##0';
    });
    if (values[1] === 'Tổng cộng') row.font = { bold: true };
  });
  // One task pasted with the PDF's line break inside it.
  const wrapped = ws.getRow(ws.rowCount - 3).getCell(2);
  if (typeof wrapped.value === 'string') wrapped.value = wrapped.value.replace(' tại ', '\ntại ');

  await wb.xlsx.writeFile(OUT);
  process.stdout.write(`demo appendix written to ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((e) => {
  process.stderr.write(`make-demo: ${e.message}\n`);
  process.exit(1);
});
