import { budgetNegative } from '../../../src/engine/rules/budget-negative';
import { row, ruleTester, type Value } from './rule-tester';

const item = (budget: Value, stt = '1') => row({ stt, task: 'Việc', lead: 'Sở Y tế', budget });

ruleTester(budgetNegative, {
  valid: [
    { name: 'zero and positive amounts', rows: [item(0), item(150), item('3.954', '3')] },
    { name: 'empty and reference cells', rows: [item(null), item('Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND', '2')] },
    { name: 'a hyphen as a placeholder is not a negative number', rows: [item('-')] },
    { name: 'a negative total row is not an item', rows: [item(5), row({ stt: 'Tổng cộng', budget: -5 })] },
  ],
  invalid: [
    { name: 'a negative number', rows: [item(-5)], findings: [{ cell: 'H2', params: { amount: -5 } }] },
    { name: 'a negative number as text ("-3.954")', rows: [item('-3.954')], findings: [{ cell: 'H2', params: { amount: -3954 } }] },
    { name: 'a tiny negative amount', rows: [item(-0.5)], findings: [{ cell: 'H2' }] },
    {
      name: 'per cell in each budget column',
      header: ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Kinh phí ĐTC', 'Kinh phí SN'],
      rows: [['1', 'Dự án', 'Sở Y tế', -1, 2], ['2', 'Dự án', 'Sở Y tế', 3, -4]],
      findings: [{ cell: 'D2' }, { cell: 'E3' }],
    },
  ],
});
