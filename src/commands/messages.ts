/**
 * What the ribbon commands and their summary dialog say, in Vietnamese (the default, like the
 * manifest) and English. Kept apart from the engine's finding messages: these are UI chrome.
 */

export type UiLang = 'vi' | 'en';

export type CommandName = 'validate' | 'clearHighlights' | 'exportCleaned';

export interface CommandMessages {
  readonly validateTitle: string;
  readonly sheet: string;
  readonly items: string;
  readonly errors: string;
  readonly warnings: string;
  readonly overdue: string;
  readonly unassigned: string;
  readonly highlighted: string;
  readonly budgetTitle: string;
  readonly unit: (unit: string) => string;
  readonly noTable: string;
  readonly openPaneHint: string;
  readonly clearedTitle: string;
  readonly cleared: (count: number) => string;
  readonly exportedTitle: string;
  readonly exported: (sheet: string) => string;
  readonly exportedWorkbook: string;
  readonly errorTitle: (command: CommandName) => string;
  readonly errorHint: string;
  readonly unreadable: string;
  readonly close: string;
  readonly commandLabel: Readonly<Record<CommandName, string>>;
  /** Locale for number formatting (thousands separators differ: 1.234.567 vs 1,234,567). */
  readonly numberLocale: string;
}

const vi: CommandMessages = {
  validateTitle: 'Kết quả kiểm tra phụ lục',
  sheet: 'Trang tính',
  items: 'Số nhiệm vụ',
  errors: 'Lỗi',
  warnings: 'Cảnh báo',
  overdue: 'Quá hạn',
  unassigned: 'Chưa có đơn vị chủ trì',
  highlighted: 'Ô đã tô sáng',
  budgetTitle: 'Tổng kinh phí',
  unit: (unit) => `Đơn vị tính: ${unit}`,
  noTable: 'Không tìm thấy bảng phụ lục trên trang tính này.',
  openPaneHint: 'Các ô có vấn đề đã được tô sáng trên trang tính. Bấm “Mở ngăn” để xem chi tiết từng lỗi.',
  clearedTitle: 'Đã xóa tô sáng',
  cleared: (n) => (n === 0 ? 'Không có tô sáng nào cần xóa.' : `Đã xóa ${n} tô sáng. Dữ liệu không thay đổi.`),
  exportedTitle: 'Đã xuất bản sạch',
  exported: (sheet) => `Bản sạch nằm ở trang tính “${sheet}”. Bản gốc giữ nguyên.`,
  exportedWorkbook: 'Bản sạch đã được mở thành một sổ làm việc mới. Bản gốc giữ nguyên.',
  errorTitle: (command) => `Không thực hiện được: ${vi.commandLabel[command]}`,
  errorHint: 'Hãy thử lại. Nếu vẫn lỗi, hãy gửi nội dung dưới đây cho người hỗ trợ.',
  unreadable: 'Không đọc được kết quả.',
  close: 'Đóng',
  commandLabel: { validate: 'Kiểm tra', clearHighlights: 'Xóa tô sáng', exportCleaned: 'Xuất bản sạch' },
  numberLocale: 'vi-VN',
};

const en: CommandMessages = {
  validateTitle: 'Appendix check results',
  sheet: 'Sheet',
  items: 'Tasks',
  errors: 'Errors',
  warnings: 'Warnings',
  overdue: 'Overdue',
  unassigned: 'No lead unit',
  highlighted: 'Cells highlighted',
  budgetTitle: 'Budget totals',
  unit: (unit) => `Unit: ${unit}`,
  noTable: 'No appendix table was found on this sheet.',
  openPaneHint: 'Cells with problems are highlighted on the sheet. Choose “Open pane” to see each finding.',
  clearedTitle: 'Highlights cleared',
  cleared: (n) => (n === 0 ? 'There were no highlights to clear.' : `Removed ${n} highlights. The data is unchanged.`),
  exportedTitle: 'Cleaned copy exported',
  exported: (sheet) => `The cleaned copy is on sheet “${sheet}”. The original is unchanged.`,
  exportedWorkbook: 'The cleaned copy was opened as a new workbook. The original is unchanged.',
  errorTitle: (command) => `Could not ${en.commandLabel[command].toLowerCase()}`,
  errorHint: 'Please try again. If it keeps happening, send the text below to your support contact.',
  unreadable: 'The result could not be read.',
  close: 'Close',
  commandLabel: { validate: 'Validate', clearHighlights: 'Clear highlights', exportCleaned: 'Export the cleaned copy' },
  numberLocale: 'en-US',
};

export const MESSAGES: Readonly<Record<UiLang, CommandMessages>> = { vi, en };

/** English when Office's UI language is English (en-US, en-GB, …); Vietnamese otherwise. */
export function pickLang(displayLanguage: string | undefined | null): UiLang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi';
}
