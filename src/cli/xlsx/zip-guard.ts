/**
 * Judges a zip by its central directory alone, before a byte is inflated: refuses zip bombs,
 * ambiguous archives (two parts with one name — readers disagree on which one counts, so what
 * we check might not be what Excel shows), and zips that are some other Office format.
 */
import { corrupt, formatBytes, InputError } from './errors';
import type { ZipDirectory } from './zip';

export interface ZipGuardLimits {
  /** Refuse when all entries together declare more than this many bytes. */
  readonly maxTotalUncompressed: number;
  /** An entry above this size is judged by its compression ratio. */
  readonly ratioCheckAbove: number;
  /** Refuse an entry (above `ratioCheckAbove`) that claims to shrink by more than this factor. */
  readonly maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipGuardLimits = {
  maxTotalUncompressed: 1.5 * 1024 * 1024 * 1024,
  ratioCheckAbove: 100 * 1024 * 1024,
  // Sheet XML full of repeated empty styled cells really does reach 100:1 or more; 1000:1 at
  // 100 MB+ is only seen in crafted files.
  maxRatio: 1000,
};

function tooLarge(en: string, vi: string): InputError {
  return new InputError('too-large', en, vi);
}

export function guardZip(dir: ZipDirectory, limits: ZipGuardLimits = DEFAULT_ZIP_LIMITS): void {
  let total = 0;
  const seen = new Set<string>();
  for (const e of dir.entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.ratioCheckAbove) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (ratio > limits.maxRatio) {
        throw tooLarge(
          `part ${e.name} claims to unpack from ${formatBytes(e.compressedSize)} to ${formatBytes(e.uncompressedSize)} (${Math.round(ratio)}:1); the file looks like a zip bomb and was not opened`,
          `phần ${e.name} tự khai giải nén từ ${formatBytes(e.compressedSize)} thành ${formatBytes(e.uncompressedSize)} (${Math.round(ratio)}:1); tệp có dấu hiệu "bom nén" nên không được mở`,
        );
      }
    }
    // OPC part names compare case-insensitively (ECMA-376 part 2, §9.1.1.1.2).
    const key = e.name.toLowerCase();
    if (!key.endsWith('/')) {
      if (seen.has(key)) {
        throw corrupt(`the zip holds two parts named ${e.name}, and programs disagree on which one is real`);
      }
      seen.add(key);
    }
  }
  if (total > limits.maxTotalUncompressed) {
    throw tooLarge(
      `the workbook unpacks to ${formatBytes(total)}, more than the ${formatBytes(limits.maxTotalUncompressed)} this tool reads; split it or remove unused sheets`,
      `tệp Excel khi giải nén lên tới ${formatBytes(total)}, vượt mức ${formatBytes(limits.maxTotalUncompressed)} mà công cụ đọc được; hãy tách tệp hoặc xoá các trang không dùng`,
    );
  }
  identifyPackage(dir);
}

/**
 * A zip that is not a spreadsheet package: say what it is. Only names are consulted; whether the
 * workbook part really holds worksheets is the parser's call.
 */
export function identifyPackage(dir: ZipDirectory): void {
  const names = new Set(dir.entries.map((e) => e.name.replace(/^\/+/, '').toLowerCase()));
  const hasXml = [...names].some((n) => /(^|\/)(workbook|worksheets\/[^/]+)\.xml$/.test(n));
  if (hasXml) return;
  const say = (en: string, vi: string, hint = true): InputError =>
    new InputError(
      'not-xlsx',
      `this is ${en}, not an Excel .xlsx workbook${hint ? '; open it and save it as .xlsx (Excel Workbook)' : ''}`,
      `đây là ${vi}, không phải tệp Excel .xlsx${hint ? '; hãy mở và lưu lại dưới dạng .xlsx (Excel Workbook)' : ''}`,
    );
  if ([...names].some((n) => n.endsWith('workbook.bin'))) {
    throw say('an Excel binary workbook (.xlsb)', 'tệp Excel nhị phân (.xlsb)');
  }
  if (names.has('word/document.xml') || [...names].some((n) => n.startsWith('word/'))) {
    throw say('a Word document (.docx)', 'tài liệu Word (.docx)', false);
  }
  if ([...names].some((n) => n.startsWith('ppt/'))) throw say('a PowerPoint presentation (.pptx)', 'bài trình chiếu PowerPoint (.pptx)', false);
  if (names.has('mimetype') && names.has('content.xml')) {
    throw say('an OpenDocument file (.ods/.odt)', 'tệp OpenDocument (.ods/.odt)');
  }
  // An Office package may name its workbook part anything ([Content_Types].xml and the
  // relationships say which); only a zip without that file is plainly not a workbook.
  if (!names.has('[content_types].xml')) {
    throw say('a zip archive without a workbook inside', 'một tệp nén không chứa bảng tính', false);
  }
}
