/**
 * Owner cells (lead "chủ trì" / "giao thực hiện", partners "phối hợp") split into unit or
 * person names.
 *
 * Owners are separated by ";", "/", list bullets, or a line break. Commas and "và" are part
 * of names ("Các sở, ban, ngành, địa phương" is one owner; "Sở Khoa học và Công nghệ" is one
 * unit), so they never split. The hard part is a line break: text pasted from a PDF breaks
 * names wherever the column wrapped ("Sở Thông tin và\nTruyền thông", "Văn phòng\nUBND
 * tỉnh"), while a typist also puts one owner per line. A break separates owners only when
 * the next line clearly starts a new name (a unit head word such as "Sở", "UBND", "Phòng",
 * or, between people, a surname) and the current line is complete: it does not end with a
 * connector ("và", ",", "-"), is not just a head word ("Văn phòng"), and has no open "(".
 */
import { foldText } from './fold';

const NEWLINES = /\r\n?|[\u2028\u2029]/g;
const OTHER_NEWLINE = /[\r\u2028\u2029]/;
const QUICK_SEPARATOR = /[;/\n\r\u2028\u2029]/;
const SPACE_RUN = /\s+/g;
/** Whitespace that cleaning changes: a run, or a line break / tab / NBSP. Tested first
 *  because replacing every single space with a space is the slow part of cleaning. */
const UNTIDY_SPACE = /\s{2}|[^\S ]/;
const LETTER = /\p{L}/u;
/** A list bullet at the start of a line: "- Sở Tài chính", "+ UBND …", "• …". */
const BULLET = /^[-\u2013\u2014+\u2022*]\s+/;
/** Left over around a name once it is cut out. */
const EDGE_PUNCT = /^[\s,;:.\-\u2013\u2014+\u2022*]+|[\s,;:.\-\u2013\u2014+\u2022*]+$/g;

/** A line ending with one of these continues on the next line: a connector character, or a
 *  last word (folded) that needs a complement ("và", "của", "các" …). */
const CONTINUES_CHAR = /[,&+(\-\u2013\u2014]$/;
const CONTINUES_WORD = /^(?:va|cua|cac|cho|voi|thuoc|tai|tren|cung|hoac|la|ve|trong|nhung)$/;
/** Head words and surnames are short: folding this much of a line is enough to match them. */
const HEAD_SPAN = 24;

/**
 * Words that start a unit's name (folded). Kept to words that rarely continue a wrapped name:
 * "Tỉnh ủy" is left out because "Ban Tuyên giáo\nTỉnh ủy" is one name, "Chi nhánh" because
 * "Ngân hàng Nhà nước\nChi nhánh …" is.
 */
const UNIT_HEAD = /^(?:so|ubnd|uy ban|ubmttq|mat tran|phong|ban|trung tam|van phong|cuc|chi cuc|tong cuc|cong an|bo|bch|bao|dai|hoi|hiep hoi|ngan hang|cac|kho bac|vien|truong|benh vien|thanh tra|toa an|lien doan|tinh doan|huyen doan|thanh doan|hdnd|buu dien|bhxh|bao hiem|cong ty|tong cong ty)\b/;
/** People: common surnames and forms of address (folded). */
const PERSON_HEAD = /^(?:d\/c|dong chi|ong|ba|nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dinh|trinh|doan|lam|mai|cao|luu|ta|chu|ha|kieu|quach|trieu|luong|tong|to|khuc|nghiem|lai|thai)\b/;
/** Words that only make up the head of a name; a line of nothing else is incomplete. */
const HEAD_WORDS = new Set([
  'so', 'van', 'phong', 'trung', 'tam', 'ban', 'bo', 'chi', 'huy', 'cuc', 'tong', 'hoi', 'hiep',
  'ngan', 'hang', 'uy', 'ubnd', 'nhan', 'dan', 'truong', 'benh', 'vien', 'dai', 'bao', 'kho',
  'bac', 'cong', 'an', 'thanh', 'tra', 'cac', 'nhung', 'co', 'quan', 'don', 'vi', 'lien', 'doan',
  'mat', 'tran',
]);

function isUppercaseLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function onlyHeadWords(foldedLine: string): boolean {
  for (const word of foldedLine.split(' ')) if (!HEAD_WORDS.has(word)) return false;
  return true;
}

function openParens(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth;
}

/** Does a line break between `current` (the owner so far) and `next` start a new owner?
 *  Cheap tests first: this runs for every wrapped line of every owner cell. */
function breaksBetween(current: string, lastLine: string, next: string): boolean {
  if (!isUppercaseLetter(next.charAt(0))) return false;
  if (CONTINUES_CHAR.test(lastLine) || openParens(current) > 0) return false;
  if (CONTINUES_WORD.test(foldText(lastLine.slice(lastLine.lastIndexOf(' ') + 1)))) return false;
  const nextKey = foldText(next.slice(0, HEAD_SPAN));
  if (UNIT_HEAD.test(nextKey)) return current.length > HEAD_SPAN || !onlyHeadWords(foldText(current));
  // A surname starts a new owner only in a list of people, never inside a unit's name
  // ("Trường Chính trị\nTrần Phú").
  return PERSON_HEAD.test(nextKey) && PERSON_HEAD.test(foldText(current.slice(0, HEAD_SPAN)));
}

function collapseSpaces(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(SPACE_RUN, ' ') : text;
}

function tidy(name: string): string {
  return collapseSpaces(name).replace(EDGE_PUNCT, '');
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER.test(text[i]);
}

/**
 * Is the "/" at `i` a separator? Not between digits (a date or a document number such as
 * "285/2021"), and not in "Đ/c" ("đồng chí", comrade, in front of a person's name).
 */
function slashSeparates(text: string, i: number): boolean {
  if (isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) return false;
  const before = text[i - 1];
  const after = text[i + 1];
  const comrade =
    (before === 'đ' || before === 'Đ' || before === 'd' || before === 'D') &&
    (after === 'c' || after === 'C') &&
    !isLetterAt(text, i - 2) &&
    !isLetterAt(text, i + 2);
  return !comrade;
}

/** Cuts the text at ";" and at the "/" that separate owners. */
function splitHard(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || (c === 47 /* / */ && slashSeparates(text, i))) {
      chunks.push(text.slice(start, i));
      start = i + 1;
    }
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** Splits one ";"/"/"-free chunk on the line breaks and bullets that separate owners. */
function splitLines(chunk: string, bulletList: boolean, out: string[]): void {
  let current = '';
  let lastLine = '';
  for (const rawLine of chunk.split('\n')) {
    let line = collapseSpaces(rawLine).trim();
    if (line === '') continue;
    const bullet = BULLET.exec(line);
    if (bullet) {
      const rest = line.slice(bullet[0].length);
      // "Đài Phát thanh\n- Truyền hình tỉnh" is a wrap before a dash, not a bullet.
      if (current === '' || bulletList || UNIT_HEAD.test(foldText(rest.slice(0, HEAD_SPAN)))) {
        if (current !== '') out.push(current);
        current = rest;
        lastLine = rest;
        continue;
      }
      line = '- ' + rest;
    }
    if (current === '') current = line;
    else if (breaksBetween(current, lastLine, line)) {
      out.push(current);
      current = line;
    } else current += ' ' + line;
    lastLine = line;
  }
  if (current !== '') out.push(current);
}

/**
 * Splits an owner cell into names: trimmed, single-spaced, NFC, empty parts dropped.
 * Never throws.
 */
export function splitOwners(text: string): string[] {
  if (typeof text !== 'string') return [];
  const nfc = text.normalize('NFC');
  if (!QUICK_SEPARATOR.test(nfc)) {
    const one = tidy(nfc);
    return one === '' ? [] : [one];
  }
  const normalized = OTHER_NEWLINE.test(nfc) ? nfc.replace(NEWLINES, '\n') : nfc;
  const bulletList = BULLET.test(normalized.trimStart());
  const parts: string[] = [];
  for (const chunk of splitHard(normalized)) splitLines(chunk, bulletList, parts);
  const owners: string[] = [];
  for (const part of parts) {
    const name = tidy(part);
    if (name !== '') owners.push(name);
  }
  return owners;
}
