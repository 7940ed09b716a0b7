import { ownerMissing } from '../../../src/engine/rules/owner-missing';
import { row, ruleTester } from './rule-tester';

/** Header of a "tasks with named officers" table: the officer/unit column is the lead. */
const OFFICER_HEADER = ['TT', 'Nội dung nhiệm vụ', 'Lãnh đạo chủ trì', 'Đơn vị/chuyên viên chủ trì', 'Đơn vị/chuyên viên phối hợp', 'Thời gian hoàn thành'];

ruleTester(ownerMissing, {
  valid: [
    { name: 'an item with a lead unit', rows: [row({ stt: '1', task: 'Số hóa hồ sơ', lead: 'Sở Nội vụ', deadline: '2025' })] },
    {
      name: 'section rows carry no owner',
      rows: [row({ stt: 'I', task: 'NHIỆM VỤ CHUNG' }), row({ stt: '1', task: 'Số hóa hồ sơ', lead: 'Sở Nội vụ' }), row({ stt: 'II', task: 'NHIỆM VỤ CỤ THỂ' }), row({ stt: '1', task: 'Việc khác', lead: 'Sở Y tế' })],
    },
    {
      name: 'a numbered group row (1 with children 1.1, 1.2) has no owner of its own',
      rows: [
        row({ stt: '1', task: 'Phát triển hạ tầng số' }),
        row({ stt: '1.1', task: 'Mạng truyền số liệu', lead: 'Sở Thông tin và Truyền thông' }),
        row({ stt: '1.2', task: 'Trung tâm dữ liệu', lead: 'Sở Thông tin và Truyền thông' }),
        row({ stt: '2', task: 'Việc khác', lead: 'Sở Y tế' }),
      ],
    },
    {
      name: 'nested groups (1 → 1.1 → 1.1.1)',
      rows: [row({ stt: '1', task: 'Nhóm' }), row({ stt: '1.1', task: 'Nhóm con' }), row({ stt: '1.1.1', task: 'Việc', lead: 'Sở Y tế' })],
    },
    {
      name: 'a group name with commas is one owner',
      rows: [row({ stt: '1', task: 'Tuyên truyền', lead: 'Các sở, ban, ngành, địa phương' })],
    },
    {
      name: 'the lead written on the continuation row of a split item',
      rows: [row({ stt: '1', task: 'Xây dựng kho dữ liệu' }), row({ task: 'dùng chung của tỉnh', lead: 'Sở Thông tin và Truyền thông' })],
    },
    {
      name: 'total, page-number and repeated-header rows are not items',
      rows: [
        row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', budget: 100 }),
        [22],
        ['STT', 'Nội dung nhiệm vụ', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Tình trạng', 'Kinh phí (Triệu đồng)'],
        row({ stt: '2', task: 'Việc khác', lead: 'Sở Tư pháp', budget: 50 }),
        row({ stt: 'Tổng cộng', budget: 150 }),
      ],
    },
    {
      name: 'a table with no lead column cannot judge',
      header: ['STT', 'Nội dung nhiệm vụ', 'Thời hạn hoàn thành'],
      rows: [['1', 'Việc không có cột chủ trì', '2025']],
    },
    {
      name: 'officer table: the unit/officer column is filled, the leader column empty',
      header: OFFICER_HEADER,
      rows: [['1', 'Rà soát thủ tục', null, 'Phòng KSTTHC/Nguyễn Văn A', null, '2025']],
    },
  ],
  invalid: [
    { name: 'an item with an empty lead', rows: [row({ stt: '1', task: 'Số hóa hồ sơ', deadline: '2025' })], findings: [{ cell: 'D2', params: { stt: '1' } }] },
    { name: 'a lead of only spaces', rows: [row({ stt: '1', task: 'Việc', lead: '   ' })], findings: [{ cell: 'D2' }] },
    {
      name: 'partners without a lead is still unassigned',
      rows: [row({ stt: '1', task: 'Việc', partners: 'Sở Tài chính' })],
      findings: [{ cell: 'D2' }],
    },
    {
      name: 'a child of a group with no lead (the group itself is not reported)',
      rows: [row({ stt: '1', task: 'Nhóm' }), row({ stt: '1.1', task: 'Việc a', lead: 'Sở Y tế' }), row({ stt: '1.2', task: 'Việc b' })],
      findings: [{ cell: 'D4', params: { stt: '1.2' } }],
    },
    {
      name: 'a numbered row without children is an item, not a group',
      rows: [row({ stt: '1', task: 'Việc không có chủ trì' }), row({ stt: '2', task: 'Việc', lead: 'Sở Y tế' })],
      findings: [{ cell: 'D2', params: { stt: '1' } }],
    },
    {
      name: 'a parent with its own deadline is an item even with children',
      rows: [row({ stt: '1', task: 'Việc lớn', deadline: '2025' }), row({ stt: '1.1', task: 'Việc nhỏ', lead: 'Sở Y tế' })],
      findings: [{ cell: 'D2' }],
    },
    {
      name: 'items in two sections, each unassigned',
      rows: [row({ stt: 'I', task: 'MỤC I' }), row({ stt: '1', task: 'Việc' }), row({ stt: 'II', task: 'MỤC II' }), row({ stt: '1', task: 'Việc' })],
      findings: [{ cell: 'D3' }, { cell: 'D5' }],
    },
    {
      name: 'officer table: leader given, unit/officer column empty',
      header: OFFICER_HEADER,
      rows: [['1', 'Rà soát thủ tục', 'Phó Chánh Văn phòng', null, 'Phòng HCQT', '2025']],
      findings: [{ cell: 'D2' }],
    },
  ],
});
