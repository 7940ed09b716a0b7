import { encodeTcvn3, encodeVni } from '../../../src/engine/encoding';
import { textLegacyEncoding } from '../../../src/engine/rules/text-legacy-encoding';
import { HEADER, row, ruleTester } from './rule-tester';

const TASK = 'Xây dựng kho dữ liệu dùng chung';
const item = (fields: Parameters<typeof row>[0]) => row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: '2025', ...fields });

ruleTester(textLegacyEncoding, {
  valid: [
    { name: 'Unicode Vietnamese', rows: [item({ task: TASK, lead: 'Sở Thông tin và Truyền thông' })] },
    { name: 'English and accented Latin words', rows: [item({ task: 'Portal Café résumé naïve', lead: 'Report 2025' })] },
    { name: 'numbers', rows: [item({ budget: 3954 })] },
    { name: 'a page-number row is not checked', rows: [item({}), [22], item({ stt: '2' })] },
  ],
  invalid: [
    {
      name: 'TCVN3 (ABC) text: the fix is Unicode',
      rows: [item({ task: encodeTcvn3(TASK) })],
      findings: [{ cell: 'B2', fix: TASK, value: encodeTcvn3(TASK), params: { encoding: 'TCVN3 (ABC)' } }],
    },
    {
      name: 'VNI text: the fix is Unicode',
      rows: [item({ lead: encodeVni('Sở Thông tin và Truyền thông') })],
      findings: [{ cell: 'D2', fix: 'Sở Thông tin và Truyền thông', params: { encoding: 'VNI' } }],
    },
    {
      name: 'a short TCVN3 word recognised by its .VnTime font',
      rows: [item({ partners: { value: encodeTcvn3('Ghi chú'), font: '.VnTime' } })],
      findings: [{ cell: 'E2', fix: 'Ghi chú' }],
    },
    {
      name: 'a TCVN3 header cell is checked too',
      header: [...HEADER.slice(0, 6), encodeTcvn3('Tình trạng'), HEADER[7]],
      rows: [item({})],
      findings: [{ cell: 'G1', fix: 'Tình trạng' }],
    },
    {
      name: 'a legacy section title and a continuation row',
      rows: [row({ stt: 'I', task: encodeTcvn3('Đẩy mạnh chuyển đổi số') }), item({}), row({ task: encodeVni('dùng chung của tỉnh') })],
      findings: [{ cell: 'B2', fix: 'Đẩy mạnh chuyển đổi số' }, { cell: 'B4', fix: 'dùng chung của tỉnh' }],
    },
  ],
});
