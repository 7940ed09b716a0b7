import { budgetTextNumber } from '../../../src/engine/rules/budget-text-number';
import { row, ruleTester } from './rule-tester';

const item = (budget: string | number | null, stt = '1') => row({ stt, task: 'Việc', lead: 'Sở Y tế', budget });

ruleTester(budgetTextNumber, {
  valid: [
    { name: 'real numbers', rows: [item(3954), item(2.5, '2'), item(0, '3')] },
    { name: 'an empty budget means "not stated"', rows: [item(null), item('  ', '2')] },
    { name: 'a pointer to another plan', rows: [item('Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND')] },
    { name: 'unreadable text is budget.not-number, not text-number', rows: [item('N/A')] },
    {
      name: 'a number as text in a non-budget column',
      rows: [row({ stt: '1', task: 'Việc', indicator: '3.954', lead: 'Sở Y tế', budget: 3954 })],
    },
    { name: 'a total row as text is total.mismatch territory, not an item', rows: [item(3954), row({ stt: 'Tổng cộng', budget: '3.954' })] },
  ],
  invalid: [
    { name: '"3.954" is 3954 (dot groups thousands)', rows: [item('3.954')], findings: [{ cell: 'H2', fix: 3954, value: '3.954', params: { amount: 3954 } }] },
    { name: '"385.000" is 385000', rows: [item('385.000')], findings: [{ cell: 'H2', fix: 385000 }] },
    { name: '"2,5" is 2.5 (comma marks decimals)', rows: [item('2,5')], findings: [{ cell: 'H2', fix: 2.5 }] },
    { name: '"1.200,5" is 1200.5', rows: [item('1.200,5')], findings: [{ cell: 'H2', fix: 1200.5 }] },
    { name: '" 900 " with spaces is 900', rows: [item(' 900 ')], findings: [{ cell: 'H2', fix: 900 }] },
    { name: '"0" is zero, not empty', rows: [item('0')], findings: [{ cell: 'H2', fix: 0 }] },
    {
      name: 'two budget columns (ĐTC | SN), text in both',
      header: ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Kinh phí ĐTC (Triệu đồng)', 'Kinh phí SN (Triệu đồng)'],
      rows: [['1', 'Dự án', 'Sở Y tế', '2025', '50.000', '25.000'], ['2', 'Dự án', 'Sở Y tế', '2025', 1000, null]],
      findings: [{ cell: 'E2', fix: 50000 }, { cell: 'F2', fix: 25000 }],
    },
    {
      name: 'a child item\'s text budget under a group',
      rows: [row({ stt: '1', task: 'Nhóm' }), item('1.200', '1.1'), item(800, '1.2')],
      findings: [{ cell: 'H3', fix: 1200 }],
    },
  ],
});
