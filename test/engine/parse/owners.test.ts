import { splitOwners } from '../../../src/engine/parse/owners';
import { readColumnCells, SAMPLE_PAIRS, type SampleCell } from './samples';

const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // One owner, commas and "và" included.
  ['Văn phòng UBND tỉnh', ['Văn phòng UBND tỉnh']],
  ['Các sở, ban, ngành, địa phương', ['Các sở, ban, ngành, địa phương']],
  ['Sở Thông tin và Truyền thông, UBND các huyện, thành phố', ['Sở Thông tin và Truyền thông, UBND các huyện, thành phố']],
  ['Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ']],
  ['Sở Kế hoạch và Đầu tư, Cục Thống kê', ['Sở Kế hoạch và Đầu tư, Cục Thống kê']],
  ['Sở TT&TT', ['Sở TT&TT']],
  ['Đài Phát thanh - Truyền hình tỉnh', ['Đài Phát thanh - Truyền hình tỉnh']],
  // Separators.
  ['Sở Thông tin và Truyền thông; Báo Vĩnh Phúc, Đài Phát thanh - Truyền hình tỉnh', ['Sở Thông tin và Truyền thông', 'Báo Vĩnh Phúc, Đài Phát thanh - Truyền hình tỉnh']],
  ['Các sở, ngành; các cơ quan Đảng, Đoàn thể', ['Các sở, ngành', 'các cơ quan Đảng, Đoàn thể']],
  ['Nguyễn Minh Cường/Nguyễn Tuấn Hòa', ['Nguyễn Minh Cường', 'Nguyễn Tuấn Hòa']],
  ['Nguyễn Minh Cường / Nguyễn Tuấn Hòa', ['Nguyễn Minh Cường', 'Nguyễn Tuấn Hòa']],
  ['Phòng KSTTHC/Trung tâm THCB', ['Phòng KSTTHC', 'Trung tâm THCB']],
  ['Đ/c Nguyễn Văn A', ['Đ/c Nguyễn Văn A']],
  ['đ/c Nguyễn Văn A; đ/c Trần Văn B', ['đ/c Nguyễn Văn A', 'đ/c Trần Văn B']],
  ['Sở A;; Sở B;', ['Sở A', 'Sở B']],
  // Line breaks where the PDF wrapped: no split.
  ['Sở Thông tin và\nTruyền thông', ['Sở Thông tin và Truyền thông']],
  ['Sở Thông tin và\r\nTruyền thông', ['Sở Thông tin và Truyền thông']],
  ['Văn phòng\nUBND tỉnh', ['Văn phòng UBND tỉnh']],
  ['Các sở, ban,\nngành,\nđịa phương', ['Các sở, ban, ngành, địa phương']],
  ['Sở Thông tin và\nTruyền thông;\nBáo Vĩnh Phúc,\nĐài Phát thanh -\nTruyền hình tỉnh', ['Sở Thông tin và Truyền thông', 'Báo Vĩnh Phúc, Đài Phát thanh - Truyền hình tỉnh']],
  ['Sở Kế hoạch và\nĐầu tư, Cục\nThống kê', ['Sở Kế hoạch và Đầu tư, Cục Thống kê']],
  ['Sở Công\nThương', ['Sở Công Thương']],
  ['Sở Giao thông\nVận tải', ['Sở Giao thông Vận tải']],
  ['Bộ Chỉ huy\nQuân sự tỉnh', ['Bộ Chỉ huy Quân sự tỉnh']],
  ['Ngân hàng\nNhà nước tỉnh', ['Ngân hàng Nhà nước tỉnh']],
  ['Văn phòng\nHĐND và Đoàn\nĐBQH tỉnh', ['Văn phòng HĐND và Đoàn ĐBQH tỉnh']],
  ['Sở Thông tin và\nTruyền thông\nvà các sở,\nngành liên quan', ['Sở Thông tin và Truyền thông và các sở, ngành liên quan']],
  ['Ban Tuyên giáo\nTỉnh ủy', ['Ban Tuyên giáo Tỉnh ủy']],
  ['Trường Chính trị\nTrần Phú', ['Trường Chính trị Trần Phú']],
  ['Sở Y tế (Trung tâm\nKiểm soát bệnh tật)', ['Sở Y tế (Trung tâm Kiểm soát bệnh tật)']],
  ['Đài Phát thanh\n- Truyền hình tỉnh', ['Đài Phát thanh - Truyền hình tỉnh']],
  // Line breaks between owners: split.
  ['Sở Tài chính\nSở Kế hoạch và Đầu tư', ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']],
  ['Sở Thông tin và Truyền thông\nCông an tỉnh\nUBND các huyện, thành phố', ['Sở Thông tin và Truyền thông', 'Công an tỉnh', 'UBND các huyện, thành phố']],
  ['Nguyễn Minh Cường\nNguyễn Tuấn Hòa', ['Nguyễn Minh Cường', 'Nguyễn Tuấn Hòa']],
  ['Nguyễn Văn A (Phó Giám đốc)\nTrần Thị B', ['Nguyễn Văn A (Phó Giám đốc)', 'Trần Thị B']],
  ['Sở Tài chính\nKho bạc Nhà nước tỉnh', ['Sở Tài chính', 'Kho bạc Nhà nước tỉnh']],
  ['Các sở, ban, ngành\nUBND các huyện, thành phố', ['Các sở, ban, ngành', 'UBND các huyện, thành phố']],
  ['- Sở Tài chính\n- Sở Kế hoạch\nvà Đầu tư', ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']],
  ['- Sở Tài chính', ['Sở Tài chính']],
  ['+ Sở Tài chính\n+ Kho bạc Nhà nước tỉnh', ['Sở Tài chính', 'Kho bạc Nhà nước tỉnh']],
  ['Sở Tài chính\n- Công an tỉnh', ['Sở Tài chính', 'Công an tỉnh']],
  // Whitespace, Unicode.
  ['Trung tâm THCB ', ['Trung tâm THCB']],
  [' Sở Tài chính', ['Sở Tài chính']],
  ['Đài  PTTH tỉnh', ['Đài PTTH tỉnh']],
  ['Sở\u00a0Y tế', ['Sở Y tế']],
  ['Sở Thông tin và Truyền thông'.normalize('NFD'), ['Sở Thông tin và Truyền thông']],
  ['Sở Tài chính,', ['Sở Tài chính']],
  // Nothing.
  ['', []],
  ['   ', []],
  ['\n\n', []],
  [';', []],
  [' / ', []],
];

describe('splitOwners', () => {
  it.each(CASES)('%j', (input, expected) => {
    expect(splitOwners(input)).toEqual(expected);
  });

  it('returns NFC, single-spaced, trimmed names', () => {
    for (const [input] of CASES) {
      for (const owner of splitOwners(input)) {
        expect(owner).toBe(owner.normalize('NFC'));
        expect(owner).toBe(owner.trim());
        expect(owner).not.toMatch(/\s\s|[\n\r\t\u00a0]/);
      }
    }
  });
});

describe('splitOwners on shared/samples', () => {
  const OWNER_HEADER = /(chu tri|giao thuc hien|phoi hop)$/;

  async function pairs(): Promise<Array<readonly [SampleCell, SampleCell]>> {
    const out: Array<readonly [SampleCell, SampleCell]> = [];
    for (const { clean, messy } of SAMPLE_PAIRS) {
      const a = await readColumnCells(clean, OWNER_HEADER);
      const b = await readColumnCells(messy, OWNER_HEADER);
      expect(b.length).toBe(a.length);
      a.forEach((cell, i) => out.push([cell, b[i]] as const));
    }
    return out;
  }

  it('reads the messy (PDF-pasted) cells like the clean ones', async () => {
    const all = await pairs();
    expect(all.length).toBeGreaterThan(150);
    // The point of the test: many messy cells carry PDF line breaks.
    expect(all.filter(([, messy]) => messy.text.includes('\n')).length).toBeGreaterThan(50);
    const mismatches: string[] = [];
    for (const [clean, messy] of all) {
      expect([messy.sheet, messy.stt, messy.header]).toEqual([clean.sheet, clean.stt, clean.header]);
      const want = splitOwners(clean.text);
      const got = splitOwners(messy.text);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        mismatches.push(`${messy.sheet}!${messy.address} ${JSON.stringify(messy.text)} → ${JSON.stringify(got)}, clean ${JSON.stringify(want)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('splits the clean cells only at ";" (the samples have no other separator)', async () => {
    for (const [clean] of await pairs()) {
      const expected = clean.text.split(';').map((s) => s.trim()).filter((s) => s !== '');
      expect(splitOwners(clean.text)).toEqual(expected);
    }
  });
});
