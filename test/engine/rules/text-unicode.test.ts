import { textUnicode } from '../../../src/engine/rules/text-unicode';
import { HEADER, row, ruleTester } from './rule-tester';

const NFC = 'Thuê ứng dụng cơ sở dữ liệu đất đai';
const NFD = NFC.normalize('NFD');
const item = (fields: Parameters<typeof row>[0]) => row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: '2025', ...fields });

ruleTester(textUnicode, {
  valid: [
    { name: 'NFC Vietnamese', rows: [item({ task: NFC })] },
    { name: 'ASCII', rows: [item({ task: 'Portal 2.0' })] },
    { name: 'a repeated header row in NFD is not checked (it goes away)', rows: [item({}), HEADER.map((h) => h.normalize('NFD')), item({ stt: '2' })] },
  ],
  invalid: [
    {
      name: 'decomposed (NFD) task text',
      rows: [item({ task: NFD })],
      findings: [{ cell: 'B2', fix: NFC, value: NFD }],
    },
    { name: 'NFD lead unit', rows: [item({ lead: 'Sở Tài chính'.normalize('NFD') })], findings: [{ cell: 'D2', fix: 'Sở Tài chính' }] },
    { name: 'NFD section title', rows: [row({ stt: 'I', task: 'NHIỆM VỤ CHUNG'.normalize('NFD') }), item({})], findings: [{ cell: 'B2', fix: 'NHIỆM VỤ CHUNG' }] },
    {
      name: 'NFD with a double space: the fix is NFC only (whitespace is its own rule)',
      rows: [item({ task: 'Sở  Y tế'.normalize('NFD') })],
      findings: [{ cell: 'B2', fix: 'Sở  Y tế' }],
    },
    { name: 'a mix of NFC and NFD cells in one row', rows: [item({ task: NFD, lead: 'Sở Y tế', partners: 'Sở Nội vụ'.normalize('NFD') })], findings: [{ cell: 'B2' }, { cell: 'E2', fix: 'Sở Nội vụ' }] },
  ],
});
