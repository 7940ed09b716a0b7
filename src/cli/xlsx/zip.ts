/**
 * A small zip reader: the central directory (to judge a file before inflating anything) and
 * streamed, size-capped inflation of single entries with Node's native zlib.
 *
 * Why not jszip: it inflates in JavaScript (pako), wants the whole archive in memory, trusts the
 * sizes the archive declares, and keeps the last of two entries with the same name without a
 * word. Here every decision the zip-bomb guard makes rests on the directory read below, and
 * inflation stops the moment an entry produces more than it declared.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { corrupt, InputError } from './errors';

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate; anything else is refused when read. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipDirectory {
  readonly fileSize: number;
  readonly entries: readonly ZipEntry[];
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** An .xlsx has tens of parts; a directory beyond this is an attack or not a workbook. */
const MAX_ENTRIES = 50_000;
/** The central directory of a workbook is kilobytes; refuse to buffer an absurd one. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buf : buf.subarray(0, done);
}

/** A 64-bit little-endian field as a JS number; sizes beyond 2^53 are nonsense anyway. */
function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/** Reads the central directory of the zip at `path`. Throws InputError('corrupt') when it cannot. */
export async function readZipDirectory(path: string): Promise<ZipDirectory> {
  const fh = await open(path, 'r');
  try {
    return await readDirectoryFrom(fh);
  } finally {
    await fh.close();
  }
}

async function readDirectoryFrom(fh: FileHandle): Promise<ZipDirectory> {
  const fileSize = (await fh.stat()).size;
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65,535 bytes.
  const tailLen = Math.min(fileSize, 22 + 65535);
  const tailStart = fileSize - tailLen;
  const tail = await readAt(fh, tailStart, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('the end of the zip archive is missing: the file is truncated or not fully downloaded');

  let totalEntries = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  const eocdAbs = tailStart + eocd;

  if (totalEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: a locator sits just before the classic record and points at the 64-bit record.
    const locAt = eocdAbs - 20;
    if (locAt < 0) throw corrupt('the zip64 directory locator is missing');
    const loc = await readAt(fh, locAt, 20);
    if (loc.length < 20 || loc.readUInt32LE(0) !== ZIP64_LOCATOR_SIG) {
      throw corrupt('the zip64 directory locator is missing');
    }
    const recAt = u64(loc, 8);
    const rec = await readAt(fh, recAt, 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== ZIP64_EOCD_SIG) {
      throw corrupt('the zip64 directory record is damaged');
    }
    totalEntries = u64(rec, 32);
    cdSize = u64(rec, 40);
    cdOffset = u64(rec, 48);
  }

  if (totalEntries > MAX_ENTRIES) {
    throw new InputError(
      'too-large',
      `the file holds ${totalEntries} zip entries, far more than any workbook; it is not an appendix`,
      `tệp chứa ${totalEntries} mục nén, nhiều hơn hẳn mọi tệp Excel thông thường; đây không phải một phụ lục`,
    );
  }
  if (cdSize > MAX_DIRECTORY_BYTES || cdOffset + cdSize > fileSize) {
    throw corrupt('the zip directory points outside the file: the file is truncated');
  }

  const cd = await readAt(fh, cdOffset, cdSize);
  if (cd.length < cdSize) throw corrupt('the zip directory is cut short');
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < totalEntries; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) {
      throw corrupt('the zip directory is damaged');
    }
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > cd.length) throw corrupt('the zip directory is damaged');
    // Bit 11 says UTF-8; otherwise the name is CP437, whose ASCII range (all OOXML part names) is latin1.
    const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, nameEnd);

    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // The zip64 extra field lists only the fields whose 32-bit slot is saturated, in this order.
      let q = nameEnd;
      const extraEnd = nameEnd + extraLen;
      while (q + 4 <= extraEnd) {
        const id = cd.readUInt16LE(q);
        const len = cd.readUInt16LE(q + 2);
        if (id === 0x0001) {
          let r = q + 4;
          const end = q + 4 + len;
          if (uncompressedSize === 0xffffffff && r + 8 <= end) {
            uncompressedSize = u64(cd, r);
            r += 8;
          }
          if (compressedSize === 0xffffffff && r + 8 <= end) {
            compressedSize = u64(cd, r);
            r += 8;
          }
          if (localHeaderOffset === 0xffffffff && r + 8 <= end) localHeaderOffset = u64(cd, r);
          break;
        }
        q += 4 + len;
      }
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p = nameEnd + extraLen + commentLen;
  }
  return { fileSize, entries };
}

export interface InflateLimits {
  /** Stop (InputError 'too-large') once this many bytes came out, whatever the entry declared. */
  readonly maxBytes: number;
  /** Called between chunks; throw to abort (the reader's cooperative time limit). */
  readonly checkpoint?: () => void;
}

/**
 * Streams one entry's uncompressed bytes. Refuses entries that produce more than they declare:
 * the bomb guard judged the archive by its declared sizes, so a liar is stopped here.
 */
export async function* streamEntry(
  path: string,
  entry: ZipEntry,
  limits: InflateLimits,
): AsyncGenerator<Buffer, void, undefined> {
  if (entry.flags & 0x1) {
    throw new InputError(
      'encrypted',
      'the workbook is password-protected; remove the password in Excel and try again',
      'tệp Excel được đặt mật khẩu; hãy gỡ mật khẩu trong Excel rồi thử lại',
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw corrupt(`part ${entry.name} uses an unsupported compression method (${entry.method})`);
  }
  const fh = await open(path, 'r');
  try {
    const local = await readAt(fh, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) {
      throw corrupt(`the zip header of part ${entry.name} is damaged`);
    }
    const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > (await fh.stat()).size) throw corrupt(`part ${entry.name} is cut short: the file is truncated`);
    if (entry.compressedSize === 0) {
      if (entry.uncompressedSize !== 0) throw corrupt(`part ${entry.name} is empty but should not be`);
      return;
    }

    const cap = Math.min(limits.maxBytes, entry.uncompressedSize);
    let produced = 0;
    const source = fh.createReadStream({ start: dataStart, end: dataEnd - 1, autoClose: false, highWaterMark: 256 * 1024 });
    const inflater = entry.method === 8 ? createInflateRaw({ chunkSize: 64 * 1024 }) : null;
    if (inflater) {
      source.on('error', (e) => inflater.destroy(e));
      source.pipe(inflater);
    }
    const stream: Readable = inflater ?? source;
    try {
      for await (const data of stream) {
        const chunk = data as Buffer;
        produced += chunk.length;
        if (produced > cap) {
          if (produced > limits.maxBytes) {
            throw new InputError(
              'too-large',
              `part ${entry.name} unpacks to more than the reader allows; the file is not an ordinary workbook`,
              `phần ${entry.name} khi giải nén lớn hơn mức cho phép; đây không phải một tệp Excel thông thường`,
            );
          }
          throw corrupt(`part ${entry.name} is larger than its zip header says`);
        }
        limits.checkpoint?.();
        yield chunk;
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      // zlib's "unexpected end of file", "invalid distance", …: the bytes are damaged.
      throw corrupt(`part ${entry.name} cannot be unpacked: ${(e as Error).message}`);
    } finally {
      source.destroy();
      stream.destroy();
    }
    if (produced < entry.uncompressedSize) throw corrupt(`part ${entry.name} is cut short`);
  } finally {
    await fh.close();
  }
}
