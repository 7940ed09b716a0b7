/**
 * The one error type the workbook reader lets out. Every way a file can fail to become grids
 * maps to a code the CLI can act on (exit status, JSON report) and to a sentence a civil
 * servant can act on, in English and Vietnamese. Anything else escaping readWorkbook is a bug.
 */

export type InputErrorCode =
  | 'not-found'
  | 'not-xlsx'
  | 'encrypted'
  | 'corrupt'
  | 'empty'
  | 'too-large'
  | 'timeout'
  | 'no-sheets'
  | 'sheet-not-found';

export const INPUT_ERROR_CODES: readonly InputErrorCode[] = [
  'not-found',
  'not-xlsx',
  'encrypted',
  'corrupt',
  'empty',
  'too-large',
  'timeout',
  'no-sheets',
  'sheet-not-found',
];

export class InputError extends Error {
  /** The same problem in Vietnamese, for the default UI language. */
  readonly messageVi: string;

  constructor(
    readonly code: InputErrorCode,
    message: string,
    messageVi?: string,
  ) {
    super(message);
    this.name = 'InputError';
    this.messageVi = messageVi ?? message;
  }
}

/** The plain-data form an InputError takes across the worker boundary. */
export interface InputErrorData {
  readonly code: InputErrorCode;
  readonly message: string;
  readonly messageVi: string;
}

export function toInputErrorData(e: InputError): InputErrorData {
  return { code: e.code, message: e.message, messageVi: e.messageVi };
}

export function fromInputErrorData(d: InputErrorData): InputError {
  return new InputError(d.code, d.message, d.messageVi);
}

export function isInputErrorData(v: unknown): v is InputErrorData {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.code === 'string' &&
    (INPUT_ERROR_CODES as readonly string[]).includes(o.code) &&
    typeof o.message === 'string' &&
    typeof o.messageVi === 'string'
  );
}

/** "12.3 MB" style sizes for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The message every damaged-zip path shares, with a detail for the log. */
export function corrupt(detail: string): InputError {
  return new InputError(
    'corrupt',
    `the workbook file is damaged (${detail}); open it in Excel, let Excel repair it, save it again and retry`,
    `tệp Excel bị hỏng (${detail}); hãy mở tệp bằng Excel để Excel sửa lỗi, lưu lại rồi thử lại`,
  );
}

export function timeoutError(ms: number): InputError {
  const s = Math.round(ms / 100) / 10;
  return new InputError(
    'timeout',
    `reading the workbook took longer than ${s} s and was stopped; the file is probably damaged or far larger than an appendix needs`,
    `đọc tệp Excel mất hơn ${s} giây nên đã dừng; tệp có thể bị hỏng hoặc quá lớn so với một phụ lục`,
  );
}

export function outOfMemoryError(mb: number): InputError {
  return new InputError(
    'too-large',
    `reading the workbook needed more than ${mb} MB of memory and was stopped; remove unused sheets, rows and formatting, or raise the memory limit`,
    `đọc tệp Excel cần hơn ${mb} MB bộ nhớ nên đã dừng; hãy xoá các trang, dòng và định dạng không dùng đến, hoặc tăng giới hạn bộ nhớ`,
  );
}
