import { indicatorMissing } from '../../../src/engine/rules/indicator-missing';
import { row, ruleTester } from './rule-tester';

ruleTester(indicatorMissing, {
  valid: [
    { name: 'every item has an indicator', rows: [row({ stt: '1', task: 'Việc', indicator: '100%', lead: 'Sở Y tế' }), row({ stt: '2', task: 'Việc', indicator: 'Tối thiểu 1 danh mục' })] },
    { name: 'a qualitative indicator counts', rows: [row({ stt: '1', task: 'Việc', indicator: 'Thường xuyên' })] },
    { name: 'an invalid indicator is not a missing one', rows: [row({ stt: '1', task: 'Việc', indicator: '120%' })] },
    {
      name: 'section and group rows need none',
      rows: [row({ stt: 'I', task: 'MỤC I' }), row({ stt: '1', task: 'Nhóm' }), row({ stt: '1.1', task: 'Việc', indicator: '50%', lead: 'Sở Y tế' })],
    },
    {
      name: 'a table without an indicator column',
      header: ['STT', 'Nội dung mục tiêu', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
      rows: [['1', 'Mục tiêu', 'Sở Y tế', null, '2025']],
    },
  ],
  invalid: [
    { name: 'an empty indicator cell', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế' })], findings: [{ cell: 'C2', params: { stt: '1' } }] },
    { name: 'an indicator of only spaces', rows: [row({ stt: '1', task: 'Việc', indicator: '  ', lead: 'Sở Y tế' })], findings: [{ cell: 'C2' }] },
    {
      name: 'only the items without one',
      rows: [row({ stt: '1', task: 'Việc', indicator: '>80%' }), row({ stt: '2', task: 'Việc', lead: 'Sở Y tế' }), row({ stt: '3', task: 'Việc', indicator: '100%' })],
      findings: [{ cell: 'C3', params: { stt: '2' } }],
    },
    {
      name: 'a table whose indicator column is "Chỉ tiêu năm 2026"',
      header: ['STT', 'Chỉ tiêu nhiệm vụ', 'Chỉ tiêu năm 2026', 'Đơn vị giao thực hiện', 'Ghi chú'],
      rows: [['1', 'Tỷ lệ hồ sơ trực tuyến', null, 'Sở Y tế', null]],
      findings: [{ cell: 'C2' }],
    },
  ],
});
