/**
 * The built-in unit directory: the units named in the plans this product was built from
 * (Vĩnh Phúc's provincial departments and the Provincial People's Committee Office's own
 * divisions), with the abbreviations and misspellings seen in real appendices. Users extend it
 * with a "Danh mục đơn vị" sheet or --units FILE.csv. Abbreviations that follow the usual
 * pattern ("Sở TTTT", "Sở TT&TT") are derived automatically and need not be listed.
 */
import { UnitDirectory, type UnitEntry } from './directory';

export const DEFAULT_UNITS: readonly UnitEntry[] = [
  { canonical: 'Văn phòng UBND tỉnh', aliases: ['Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh', 'Văn phòng UBND'] },
  { canonical: 'Phòng Kiểm soát thủ tục hành chính', aliases: ['Phòng KSTTHC', 'Phòng KS TTHC'] },
  { canonical: 'Phòng Hành chính – Quản trị', aliases: ['Phòng HCQT', 'Phòng HC-QT', 'Phòng Hành chính - Quản trị'] },
  { canonical: 'Trung tâm Tin học – Công báo', aliases: ['Trung tâm THCB', 'Trung THCB', 'TT THCB', 'Trung tâm Tin học - Công báo'] },
  { canonical: 'Trung tâm Phục vụ hành chính công', aliases: ['Trung tâm PVHCC', 'TT PVHCC'] },
  { canonical: 'Các phòng Khối Nghiên cứu tổng hợp', aliases: ['Các phòng Khối NCTH', 'Khối NCTH'] },
  { canonical: 'Ban Tiếp công dân', aliases: ['Ban TCD'] },
  { canonical: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở TT và TT'] },
  { canonical: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT'] },
  { canonical: 'Sở Tài chính', aliases: [] },
  { canonical: 'Sở Nội vụ', aliases: [] },
  { canonical: 'Sở Tư pháp', aliases: [] },
  { canonical: 'Sở Y tế', aliases: [] },
  { canonical: 'Sở Xây dựng', aliases: [] },
  { canonical: 'Sở Công Thương', aliases: ['Sở Công thương'] },
  { canonical: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT'] },
  { canonical: 'Sở Giao thông Vận tải', aliases: ['Sở GTVT', 'Sở Giao thông vận tải'] },
  { canonical: 'Sở Tài nguyên và Môi trường', aliases: ['Sở TN&MT', 'Sở TNMT'] },
  { canonical: 'Sở Nông nghiệp và Phát triển nông thôn', aliases: ['Sở NN&PTNT', 'Sở NNPTNT'] },
  { canonical: 'Sở Lao động, Thương binh và Xã hội', aliases: ['Sở LĐTB&XH', 'Sở Lao động, Thương binh và XH'] },
  { canonical: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTT&DL', 'Sở VHTTDL', 'Sở Văn hoá, Thể thao và Du lịch'] },
  { canonical: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN'] },
  { canonical: 'Công an tỉnh', aliases: [] },
  { canonical: 'Bộ Chỉ huy Quân sự tỉnh', aliases: ['Bộ CHQS tỉnh'] },
  { canonical: 'Cục Thuế tỉnh', aliases: [] },
  { canonical: 'Cục Thống kê', aliases: ['Cục Thống kê tỉnh'] },
  { canonical: 'Ngân hàng Nhà nước tỉnh', aliases: ['Ngân hàng Nhà nước chi nhánh tỉnh'] },
  { canonical: 'Văn phòng Tỉnh ủy', aliases: ['VP Tỉnh ủy'] },
  { canonical: 'Văn phòng HĐND và Đoàn ĐBQH tỉnh', aliases: ['Văn phòng Đoàn ĐBQH và HĐND tỉnh'] },
  { canonical: 'Đài Phát thanh - Truyền hình tỉnh', aliases: ['Đài PTTH tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'] },
  { canonical: 'Báo Vĩnh Phúc', aliases: [] },
  { canonical: 'Hiệp hội doanh nghiệp tỉnh', aliases: [] },
  { canonical: 'UBND các huyện, thành phố', aliases: ['Các huyện, thành phố', 'UBND cấp huyện'] },
  { canonical: 'Các sở, ban, ngành, địa phương', aliases: [] },
  { canonical: 'Các sở, ban, ngành', aliases: ['Các sở, ngành'] },
];

let builtIn: UnitDirectory | undefined;

/** The built-in directory (not user supplied: units outside it are not warned about). */
export function defaultUnitDirectory(): UnitDirectory {
  builtIn ??= new UnitDirectory(DEFAULT_UNITS, false);
  return builtIn;
}
