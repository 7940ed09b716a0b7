import { budgetNotNumber } from '../../../src/engine/rules/budget-not-number';
import { row, ruleTester, type Value } from './rule-tester';

const item = (budget: Value, stt = '1') => row({ stt, task: 'Việc', lead: 'Sở Y tế', budget });

ruleTester(budgetNotNumber, {
  valid: [
    { name: 'numbers and numbers as text', rows: [item(3954), item('3.954', '2'), item('2,5', '3')] },
    { name: 'empty cells', rows: [item(null), item('', '2'), item('   ', '3')] },
    { name: '"Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND" points elsewhere', rows: [item('Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND')] },
    { name: 'a source-of-funds sentence', rows: [item('Lồng ghép trong nguồn kinh phí thường xuyên của đơn vị')] },
    { name: 'a negative number is budget.negative, not not-number', rows: [item(-5)] },
    {
      name: 'text in the budget cell of a section row is not an item budget',
      rows: [row({ stt: 'I', task: 'MỤC I', budget: 'x' }), item(10)],
    },
  ],
  invalid: [
    { name: '"N/A"', rows: [item('N/A')], findings: [{ cell: 'H2', value: 'N/A', fix: null }] },
    { name: '"12abc"', rows: [item('12abc')], findings: [{ cell: 'H2' }] },
    { name: 'a single word', rows: [item('Chưa có')], findings: [{ cell: 'H2' }] },
    { name: 'an Excel error value', rows: [item({ value: '#REF!', error: true })], findings: [{ cell: 'H2', value: '#REF!' }] },
    { name: 'a boolean', rows: [item(true)], findings: [{ cell: 'H2', value: true }] },
    {
      name: 'only the unreadable row',
      rows: [item(100), item('x', '2'), item('Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND', '3')],
      findings: [{ cell: 'H3' }],
    },
  ],
});
