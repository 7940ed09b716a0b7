import { totalMismatch } from '../../../src/engine/rules/total-mismatch';
import { row, ruleTester, type Value } from './rule-tester';

const item = (stt: string, budget: Value) => row({ stt, task: `Việc ${stt}`, lead: 'Sở Y tế', budget });
const total = (label: string, budget: Value) => row({ stt: label, budget });

ruleTester(totalMismatch, {
  valid: [
    { name: '"Tổng cộng" equal to the sum', rows: [item('1', 100), item('2', 250.5), total('Tổng cộng', 350.5)] },
    { name: '"Tổng" and "Cộng" labels in the task column', rows: [item('1', 100), item('2', 200), row({ task: 'Tổng', budget: 300 })] },
    { name: 'a total written as Vietnamese text ("4.054")', rows: [item('1', 100), item('2', '3.954'), total('Tổng cộng', '4.054')] },
    {
      name: 'parent and children are not counted twice',
      rows: [item('1', 300), item('1.1', 100), item('1.2', 200), item('2', 50), total('Tổng cộng', 350)],
    },
    {
      name: 'a group without an amount is summed through its children',
      rows: [row({ stt: '1', task: 'Nhóm' }), item('1.1', 100), item('1.2', 200), total('Tổng cộng', 300)],
    },
    {
      name: 'empty and reference amounts count as nothing',
      rows: [item('1', 100), item('2', null), item('3', 'Nhiệm vụ, kinh phí cụ thể tại Kế hoạch số 285/KH-UBND'), total('Tổng cộng', 100)],
    },
    { name: 'a total row with an empty amount is not checked', rows: [item('1', 100), total('Tổng cộng', null)] },
    {
      name: 'section subtotals ("Cộng") and a grand total',
      rows: [
        row({ stt: 'I', task: 'MỤC I' }),
        item('1', 100),
        item('2', 200),
        total('Cộng', 300),
        row({ stt: 'II', task: 'MỤC II' }),
        item('1', 50),
        total('Cộng', 50),
        total('Tổng cộng', 350),
      ],
    },
    {
      name: 'a section row carrying the right section amount',
      rows: [row({ stt: 'I', task: 'MỤC I', budget: 300 }), item('1', 100), item('2', 200), row({ stt: 'II', task: 'MỤC II', budget: 5 }), item('1', 5)],
    },
    {
      // BUG (src/engine/items.ts buildItems): the budget of an item is read from its own row
      // only, so an amount on the second line of a split item is not counted (computed 100).
      name: 'an amount on the continuation row of a split item counts for that item',
      rows: [row({ stt: '1', task: 'Xây dựng kho', lead: 'Sở Y tế' }), row({ task: 'dùng chung', budget: 500 }), item('2', 100), total('Tổng cộng', 600)],
    },
    { name: 'float noise within half a cent', rows: [item('1', 0.1), item('2', 0.2), total('Tổng cộng', 0.3)] },
  ],
  invalid: [
    {
      name: '"Tổng cộng" with a wrong sum',
      rows: [item('1', 100), item('2', 200), total('Tổng cộng', 400)],
      findings: [{ cell: 'H4', fix: 300, params: { declared: 400, computed: 300, difference: 100 } }],
    },
    {
      name: 'a total that counted the parent and its children',
      rows: [item('1', 300), item('1.1', 100), item('1.2', 200), total('Tổng cộng', 600)],
      findings: [{ cell: 'H5', fix: 300, params: { declared: 600, computed: 300 } }],
    },
    {
      name: 'a total written as text, wrong',
      rows: [item('1', '3.954'), total('Tổng cộng', '3.945')],
      findings: [{ cell: 'H3', fix: 3954, params: { declared: 3945, difference: -9 } }],
    },
    {
      name: 'a total that cannot be read',
      rows: [item('1', 100), total('Tổng cộng', 'x')],
      findings: [{ cell: 'H3', fix: 100, params: { declared: null, computed: 100, difference: null } }],
    },
    {
      name: 'one wrong section subtotal among right ones',
      rows: [
        row({ stt: 'I', task: 'MỤC I' }),
        item('1', 100),
        total('Cộng', 100),
        row({ stt: 'II', task: 'MỤC II' }),
        item('1', 50),
        total('Cộng', 60),
        total('Tổng cộng', 150),
      ],
      findings: [{ cell: 'H7', fix: 50 }],
    },
    {
      name: 'a section row carrying a wrong amount',
      rows: [row({ stt: 'I', task: 'MỤC I', budget: 500 }), item('1', 100), item('2', 200)],
      findings: [{ cell: 'H2', fix: 300, params: { declared: 500, computed: 300 } }],
    },
    {
      name: 'each budget column is checked on its own',
      header: ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Kinh phí ĐTC', 'Kinh phí SN'],
      rows: [['1', 'Dự án', 'Sở Y tế', 10, 1], ['2', 'Dự án', 'Sở Y tế', 20, 2], ['Tổng cộng', null, null, 30, 4]],
      findings: [{ cell: 'E4', fix: 3 }],
    },
  ],
});
