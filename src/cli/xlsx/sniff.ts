/**
 * The cheap first look at a file, in the main thread, before any parser sees it: does it exist,
 * is it empty, is it a zip at all — and if not, what is it, so the message can tell a civil
 * servant what to do ("save it as .xlsx") instead of quoting a zip library.
 */
import { open, stat } from 'node:fs/promises';
import { InputError } from './errors';

const OLE2_SIG = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_SIG = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_SIG = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export interface SniffResult {
  readonly size: number;
}

/** Throws the InputError that describes the file, or returns when it looks like a zip. */
export async function sniffFile(path: string): Promise<SniffResult> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) {
      throw new InputError('not-found', `${path} is a folder, not a workbook file`, `${path} là một thư mục, không phải tệp Excel`);
    }
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw notFound(path, e);
  }
  if (size === 0) {
    throw new InputError('empty', 'the file is empty (0 bytes)', 'tệp rỗng (0 byte)');
  }

  let head: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      head = Buffer.alloc(Math.min(size, 4096));
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw notFound(path, e);
  }

  if (head.subarray(0, 8).equals(OLE2_SIG)) throw await describeOle2(path);
  if (head.subarray(0, 4).equals(ZIP_LOCAL_SIG)) return { size };
  if (head.subarray(0, 4).equals(ZIP_EMPTY_SIG)) {
    throw new InputError('empty', 'the file is an empty zip archive with no workbook inside', 'tệp là một tệp nén rỗng, không chứa bảng tính nào');
  }
  throw describeNonZip(head);
}

function notFound(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError('not-found', `${path} cannot be read (permission denied)`, `không có quyền đọc tệp ${path}`);
  }
  return new InputError('not-found', `${path} does not exist`, `không tìm thấy tệp ${path}`);
}

/**
 * An OLE2 (Compound File) container is either an Excel 97-2003 .xls, another legacy Office
 * file, or — the case that matters most — an encrypted .xlsx: Excel wraps a password-protected
 * OOXML package in OLE2 with streams named "EncryptionInfo" and "EncryptedPackage". Stream
 * names are UTF-16LE in the directory sectors, which can sit anywhere, so scan the whole file.
 */
async function describeOle2(path: string): Promise<InputError> {
  const names = {
    encrypted: utf16('EncryptedPackage'),
    // BIFF8 names its stream "Workbook", BIFF5 "Book"; checked before Word/PowerPoint because an
    // .xls with an embedded document carries those names too.
    workbook: utf16('Workbook'),
    book: utf16('Book\u0000'),
    word: utf16('WordDocument'),
    powerpoint: utf16('PowerPoint Document'),
  };
  const found = new Set<keyof typeof names>();
  const overlap = 64;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(1024 * 1024 + overlap);
    let carried = 0;
    let pos = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, carried, buf.length - carried, pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      const view = buf.subarray(0, carried + bytesRead);
      for (const [key, pattern] of Object.entries(names) as [keyof typeof names, Buffer][]) {
        if (!found.has(key) && view.includes(pattern)) found.add(key);
      }
      if (found.has('encrypted')) break;
      carried = Math.min(overlap, view.length);
      view.copy(buf, 0, view.length - carried);
    }
  } finally {
    await fh.close();
  }
  if (found.has('encrypted')) {
    return new InputError(
      'encrypted',
      'the workbook is password-protected; remove the password in Excel and try again',
      'tệp Excel được đặt mật khẩu; hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại',
    );
  }
  if (!found.has('workbook') && !found.has('book') && found.has('word')) {
    return new InputError(
      'not-xlsx',
      'this is a Word 97-2003 document (.doc), not an Excel workbook',
      'đây là tài liệu Word 97-2003 (.doc), không phải tệp Excel',
    );
  }
  if (!found.has('workbook') && !found.has('book') && found.has('powerpoint')) {
    return new InputError(
      'not-xlsx',
      'this is a PowerPoint 97-2003 file (.ppt), not an Excel workbook',
      'đây là tệp PowerPoint 97-2003 (.ppt), không phải tệp Excel',
    );
  }
  return new InputError(
    'not-xlsx',
    'this is an Excel 97-2003 .xls file; open it in Excel and save it as .xlsx (Excel Workbook)',
    'đây là tệp Excel 97-2003 (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)',
  );
}

function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

const SIGNATURES: ReadonlyArray<readonly [number[], string, string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document', 'tài liệu PDF'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document', 'tài liệu RTF'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive', 'tệp nén RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive', 'tệp nén 7-Zip'],
  [[0x1f, 0x8b], 'a gzip archive', 'tệp nén gzip'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image', 'ảnh PNG'],
  [[0xff, 0xd8, 0xff], 'a JPEG image', 'ảnh JPEG'],
];

/** Names what a non-zip file most likely is, from its first 4 KB. */
export function describeNonZip(head: Buffer): InputError {
  for (const [sig, en, vi] of SIGNATURES) {
    if (head.length >= sig.length && sig.every((b, i) => head[i] === b)) return notXlsx(en, vi);
  }
  const text = decodeHead(head);
  if (text === null) {
    return new InputError(
      'not-xlsx',
      'this is not an Excel .xlsx workbook (the content is not a zip-based Office file)',
      'đây không phải tệp Excel .xlsx (nội dung không phải định dạng Office dạng nén zip)',
    );
  }
  const t = text.replace(/^\s+/, '').slice(0, 2048).toLowerCase();
  if (/^(<!doctype html|<html|<table|<head|<body|<meta)/.test(t) || t.includes('<html')) {
    return new InputError(
      'not-xlsx',
      'this is a web page (HTML) saved with an .xlsx name, as some systems export "Excel" files; open it in Excel and save it as .xlsx (Excel Workbook)',
      'đây là trang web (HTML) được đặt đuôi .xlsx, như một số hệ thống xuất "tệp Excel"; hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)',
    );
  }
  if (t.startsWith('<?xml') || t.startsWith('<')) {
    if (t.includes('urn:schemas-microsoft-com:office:spreadsheet') || t.includes('<workbook')) {
      return new InputError(
        'not-xlsx',
        'this is an Excel 2003 XML spreadsheet, not an .xlsx workbook; open it in Excel and save it as .xlsx (Excel Workbook)',
        'đây là bảng tính XML Excel 2003, không phải tệp .xlsx; hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)',
      );
    }
    return notXlsx('an XML file', 'tệp XML');
  }
  if (looksDelimited(text)) {
    return new InputError(
      'not-xlsx',
      'this is a CSV/text file renamed to .xlsx; open it in Excel and save it as .xlsx (Excel Workbook)',
      'đây là tệp CSV/văn bản bị đổi đuôi thành .xlsx; hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook)',
    );
  }
  return new InputError(
    'not-xlsx',
    'this is a plain text file, not an Excel .xlsx workbook',
    'đây là tệp văn bản thường, không phải tệp Excel .xlsx',
  );
}

function notXlsx(en: string, vi: string): InputError {
  return new InputError('not-xlsx', `this is ${en}, not an Excel .xlsx workbook`, `đây là ${vi}, không phải tệp Excel .xlsx`);
}

/** The head as text when it plausibly is text (UTF-8 or UTF-16 with BOM), else null. */
function decodeHead(head: Buffer): string | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) {
    const body = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1)));
    body.swap16();
    return body.toString('utf16le');
  }
  let controls = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  if (controls > head.length / 50) return null;
  return head.toString('utf8');
}

/** Several lines with the same non-zero count of one delimiter: CSV, TSV or semicolon CSV. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  // The last line of a 4 KB head is probably cut off.
  if (lines.length > 2) lines.pop();
  if (lines.length === 0) return false;
  for (const d of [',', ';', '\t', '|']) {
    const counts = lines.map((l) => l.split(d).length - 1);
    if (counts[0] > 0 && counts.filter((c) => c === counts[0]).length >= Math.ceil(lines.length * 0.6)) return true;
  }
  return false;
}
