/**
 * Vietnamese finding messages, one template per rule. Placeholders: {name} inserts a value as
 * it is, {name:date} an ISO date as 31/08/2025, {name:number} a number as 385.000.
 */
import type { RuleId } from '../report';

export const vi: Record<RuleId, string> = {
  'owner.missing': 'Chưa có đơn vị chủ trì cho nhiệm vụ {stt}',
  'owner.alias': 'Tên đơn vị “{value}” nên ghi thống nhất là “{canonical}”',
  'owner.unknown': 'Đơn vị “{value}” không có trong danh mục đơn vị{suggestion?; có phải “{suggestion}”?}',
  'deadline.overdue': 'Quá hạn: hạn {due:date}, chưa có trạng thái hoàn thành',
  'deadline.missing': 'Chưa có thời hạn cho nhiệm vụ {stt}',
  'deadline.unparsed': 'Không đọc được thời hạn “{value}”',
  'indicator.missing': 'Chưa có chỉ tiêu cho nhiệm vụ {stt}',
  'indicator.invalid': 'Chỉ tiêu “{value}” không hợp lệ',
  'budget.text-number': 'Kinh phí “{value}” đang ở dạng chữ, nên là số {amount:number}',
  'budget.not-number': 'Kinh phí “{value}” không phải là số',
  'budget.negative': 'Kinh phí âm: {amount:number}',
  'total.mismatch': 'Dòng tổng ghi {declared:number}, tổng các dòng là {computed:number} (chênh {difference:number})',
  'total.parent-mismatch': 'Nhiệm vụ {stt} ghi {declared:number}, tổng các nhiệm vụ con là {computed:number}',
  'numbering.duplicate': 'Số thứ tự {stt} bị trùng trong mục {section}',
  'numbering.gap': 'Số thứ tự nhảy từ {previous} đến {stt}',
  'structure.repeated-header': 'Dòng tiêu đề bảng bị lặp lại (do ngắt trang khi sao chép)',
  'structure.continuation': 'Dòng không có số thứ tự, là phần tiếp theo của dòng {previousRow} (bị tách khi sao chép)',
  'structure.page-number': 'Dòng chỉ có số trang (do ngắt trang khi sao chép)',
  'text.whitespace': 'Có khoảng trắng thừa hoặc xuống dòng trong ô',
  'text.unicode': 'Chữ không ở dạng Unicode dựng sẵn (NFC)',
  'text.legacy-encoding': 'Chữ gõ bằng bảng mã cũ {encoding}; nội dung đúng: “{fix}”',
};
