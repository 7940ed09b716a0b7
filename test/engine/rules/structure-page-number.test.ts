import { structurePageNumber } from '../../../src/engine/rules/structure-page-number';
import { row, ruleTester } from './rule-tester';

const item = (stt: string) => row({ stt, task: `Việc ${stt}`, lead: 'Sở Y tế', deadline: '2025' });

ruleTester(structurePageNumber, {
  valid: [
    { name: 'no stray rows', rows: [item('1'), item('2')] },
    { name: 'a numbered item row (STT 22 with text)', rows: [item('21'), item('22')] },
    { name: 'a lone number of five digits is not a page number', rows: [item('1'), [12345], item('2')] },
    { name: 'a lone decimal is not a page number', rows: [item('1'), [null, 2.5], item('2')] },
    { name: 'a lone zero is not a page number', rows: [item('1'), [null, null, null, null, 0], item('2')] },
    // BUG (src/engine/table/classify.ts isPageNumber): a lone amount in the budget column (the
    // amount line of a split row) is taken for a page number, and clean deletes it.
    { name: 'a lone amount in the budget column is not a page number', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế' }), row({ budget: 500 }), item('2')] },
    { name: 'a lone word', rows: [item('1'), [null, 'tiếp'], item('2')] },
  ],
  invalid: [
    { name: 'the number 22 alone in column A', rows: [item('1'), [22], item('2')], findings: [{ cell: 'A3', value: 22 }] },
    { name: '"- 8 -" as text', rows: [item('1'), ['- 8 -'], item('2')], findings: [{ cell: 'A3' }] },
    { name: 'a page number in the middle of the row', rows: [item('1'), [null, null, null, ' 15 '], item('2')], findings: [{ cell: 'D3' }] },
    { name: 'a page number as the last row', rows: [item('1'), item('2'), [3]], findings: [{ cell: 'A4' }] },
    { name: 'two page breaks', rows: [item('1'), [7], item('2'), [8], item('3')], findings: [{ cell: 'A3' }, { cell: 'A5' }] },
  ],
});
