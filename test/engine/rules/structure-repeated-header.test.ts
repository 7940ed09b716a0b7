import { structureRepeatedHeader } from '../../../src/engine/rules/structure-repeated-header';
import { HEADER, row, ruleTester } from './rule-tester';

const item = (stt: string) => row({ stt, task: `Việc ${stt}`, lead: 'Sở Y tế', deadline: '2025' });
const SHORT_HEADER = ['STT', 'Nội dung nhiệm vụ', 'Chỉ tiêu', 'Đơn vị chủ trì'];

ruleTester(structureRepeatedHeader, {
  valid: [
    { name: 'one header at the top', rows: [item('1'), item('2')] },
    { name: 'a task that mentions a header word', rows: [item('1'), row({ stt: '2', task: 'Nội dung nhiệm vụ', lead: 'Đơn vị chủ trì', deadline: '2025' })] },
    {
      name: 'a numbered row that reads like the header is data',
      rows: [item('1'), ['2', 'Nội dung nhiệm vụ', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Tình trạng', 'Kinh phí (Triệu đồng)']],
    },
    { name: 'a header with line breaks at the top only', header: ['STT', 'Nội dung\nnhiệm vụ', 'Đơn vị\nchủ trì', 'Thời hạn\nhoàn thành'], rows: [['1', 'Việc', 'Sở Y tế', '2025']] },
  ],
  invalid: [
    { name: 'the header copied at a page break', rows: [item('1'), [...HEADER], item('2')], findings: [{ cell: 'A3' }] },
    { name: 'the copy in another case and with line breaks', rows: [item('1'), ['stt', 'NỘI DUNG\nNHIỆM VỤ', 'CHỈ TIÊU', 'ĐƠN VỊ CHỦ TRÌ', 'ĐƠN VỊ PHỐI HỢP', 'THỜI HẠN HOÀN THÀNH', 'TÌNH TRẠNG', 'KINH PHÍ (TRIỆU ĐỒNG)'], item('2')], findings: [{ cell: 'A3' }] },
    { name: 'a partial copy (first four cells)', rows: [item('1'), [...SHORT_HEADER], item('2')], findings: [{ cell: 'A3' }] },
    { name: 'a copy starting in column B', rows: [item('1'), [null, ...HEADER.slice(1)], item('2')], findings: [{ cell: 'B3' }] },
    { name: 'two page breaks', rows: [item('1'), [...HEADER], item('2'), [...HEADER], item('3')], findings: [{ cell: 'A3' }, { cell: 'A5' }] },
    {
      name: 'a copy right after a section row',
      rows: [row({ stt: 'I', task: 'MỤC I' }), item('1'), row({ stt: 'II', task: 'MỤC II' }), [...HEADER], item('1')],
      findings: [{ cell: 'A5' }],
    },
  ],
});
