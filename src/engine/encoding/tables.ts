/**
 * The 134 Vietnamese letters outside ASCII with their legacy encodings, as a Unicode
 * spreadsheet cell shows them: the legacy bytes read as Windows-1252 characters.
 *
 * Written out once from shared/domain/vn-legacy-encodings.json (TCVN 5712:1993 VN3 and VNI
 * Windows code charts); test/engine/encoding/tables.test.ts checks every row against that file.
 * The product must not read shared/ at run time, hence this copy.
 *
 * Columns: Unicode (NFC), TCVN3 (ABC) character, VNI Windows sequence.
 * - TCVN3 has one code per letter and, except for Ă Â Đ Ê Ô Ơ Ư, gives a toned capital the code
 *   of its lowercase letter: the capital shows only through an uppercase (".Vn…H") font.
 * - VNI writes a base letter followed by one mark character (two characters in all), or one
 *   character for đ ơ ư and the toned i and y; capitals have their own codes.
 * Non-ASCII characters are escaped because several (soft hyphen, ¸ ·) are hard to see.
 */
export type LetterRow = readonly [unicode: string, tcvn3: string, vni: string];

export const LETTERS: readonly LetterRow[] = [
  ['Á', '\u00B8', 'A\u00D9'], // ¸  AÙ
  ['á', '\u00B8', 'a\u00F9'], // ¸  aù
  ['À', '\u00B5', 'A\u00D8'], // µ  AØ
  ['à', '\u00B5', 'a\u00F8'], // µ  aø
  ['Ả', '\u00B6', 'A\u00DB'], // ¶  AÛ
  ['ả', '\u00B6', 'a\u00FB'], // ¶  aû
  ['Ã', '\u00B7', 'A\u00D5'], // ·  AÕ
  ['ã', '\u00B7', 'a\u00F5'], // ·  aõ
  ['Ạ', '\u00B9', 'A\u00CF'], // ¹  AÏ
  ['ạ', '\u00B9', 'a\u00EF'], // ¹  aï
  ['Â', '\u00A2', 'A\u00C2'], // ¢  AÂ
  ['â', '\u00A9', 'a\u00E2'], // ©  aâ
  ['Ấ', '\u00CA', 'A\u00C1'], // Ê  AÁ
  ['ấ', '\u00CA', 'a\u00E1'], // Ê  aá
  ['Ầ', '\u00C7', 'A\u00C0'], // Ç  AÀ
  ['ầ', '\u00C7', 'a\u00E0'], // Ç  aà
  ['Ẩ', '\u00C8', 'A\u00C5'], // È  AÅ
  ['ẩ', '\u00C8', 'a\u00E5'], // È  aå
  ['Ẫ', '\u00C9', 'A\u00C3'], // É  AÃ
  ['ẫ', '\u00C9', 'a\u00E3'], // É  aã
  ['Ậ', '\u00CB', 'A\u00C4'], // Ë  AÄ
  ['ậ', '\u00CB', 'a\u00E4'], // Ë  aä
  ['Ă', '\u00A1', 'A\u00CA'], // ¡  AÊ
  ['ă', '\u00A8', 'a\u00EA'], // ¨  aê
  ['Ắ', '\u00BE', 'A\u00C9'], // ¾  AÉ
  ['ắ', '\u00BE', 'a\u00E9'], // ¾  aé
  ['Ằ', '\u00BB', 'A\u00C8'], // »  AÈ
  ['ằ', '\u00BB', 'a\u00E8'], // »  aè
  ['Ẳ', '\u00BC', 'A\u00DA'], // ¼  AÚ
  ['ẳ', '\u00BC', 'a\u00FA'], // ¼  aú
  ['Ẵ', '\u00BD', 'A\u00DC'], // ½  AÜ
  ['ẵ', '\u00BD', 'a\u00FC'], // ½  aü
  ['Ặ', '\u00C6', 'A\u00CB'], // Æ  AË
  ['ặ', '\u00C6', 'a\u00EB'], // Æ  aë
  ['Đ', '\u00A7', '\u00D1'], // §  Ñ
  ['đ', '\u00AE', '\u00F1'], // ®  ñ
  ['É', '\u00D0', 'E\u00D9'], // Ð  EÙ
  ['é', '\u00D0', 'e\u00F9'], // Ð  eù
  ['È', '\u00CC', 'E\u00D8'], // Ì  EØ
  ['è', '\u00CC', 'e\u00F8'], // Ì  eø
  ['Ẻ', '\u00CE', 'E\u00DB'], // Î  EÛ
  ['ẻ', '\u00CE', 'e\u00FB'], // Î  eû
  ['Ẽ', '\u00CF', 'E\u00D5'], // Ï  EÕ
  ['ẽ', '\u00CF', 'e\u00F5'], // Ï  eõ
  ['Ẹ', '\u00D1', 'E\u00CF'], // Ñ  EÏ
  ['ẹ', '\u00D1', 'e\u00EF'], // Ñ  eï
  ['Ê', '\u00A3', 'E\u00C2'], // £  EÂ
  ['ê', '\u00AA', 'e\u00E2'], // ª  eâ
  ['Ế', '\u00D5', 'E\u00C1'], // Õ  EÁ
  ['ế', '\u00D5', 'e\u00E1'], // Õ  eá
  ['Ề', '\u00D2', 'E\u00C0'], // Ò  EÀ
  ['ề', '\u00D2', 'e\u00E0'], // Ò  eà
  ['Ể', '\u00D3', 'E\u00C5'], // Ó  EÅ
  ['ể', '\u00D3', 'e\u00E5'], // Ó  eå
  ['Ễ', '\u00D4', 'E\u00C3'], // Ô  EÃ
  ['ễ', '\u00D4', 'e\u00E3'], // Ô  eã
  ['Ệ', '\u00D6', 'E\u00C4'], // Ö  EÄ
  ['ệ', '\u00D6', 'e\u00E4'], // Ö  eä
  ['Í', '\u00DD', '\u00CD'], // Ý  Í
  ['í', '\u00DD', '\u00ED'], // Ý  í
  ['Ì', '\u00D7', '\u00CC'], // ×  Ì
  ['ì', '\u00D7', '\u00EC'], // ×  ì
  ['Ỉ', '\u00D8', '\u00C6'], // Ø  Æ
  ['ỉ', '\u00D8', '\u00E6'], // Ø  æ
  ['Ĩ', '\u00DC', '\u00D3'], // Ü  Ó
  ['ĩ', '\u00DC', '\u00F3'], // Ü  ó
  ['Ị', '\u00DE', '\u00D2'], // Þ  Ò
  ['ị', '\u00DE', '\u00F2'], // Þ  ò
  ['Ó', '\u00E3', 'O\u00D9'], // ã  OÙ
  ['ó', '\u00E3', 'o\u00F9'], // ã  où
  ['Ò', '\u00DF', 'O\u00D8'], // ß  OØ
  ['ò', '\u00DF', 'o\u00F8'], // ß  oø
  ['Ỏ', '\u00E1', 'O\u00DB'], // á  OÛ
  ['ỏ', '\u00E1', 'o\u00FB'], // á  oû
  ['Õ', '\u00E2', 'O\u00D5'], // â  OÕ
  ['õ', '\u00E2', 'o\u00F5'], // â  oõ
  ['Ọ', '\u00E4', 'O\u00CF'], // ä  OÏ
  ['ọ', '\u00E4', 'o\u00EF'], // ä  oï
  ['Ô', '\u00A4', 'O\u00C2'], // ¤  OÂ
  ['ô', '\u00AB', 'o\u00E2'], // «  oâ
  ['Ố', '\u00E8', 'O\u00C1'], // è  OÁ
  ['ố', '\u00E8', 'o\u00E1'], // è  oá
  ['Ồ', '\u00E5', 'O\u00C0'], // å  OÀ
  ['ồ', '\u00E5', 'o\u00E0'], // å  oà
  ['Ổ', '\u00E6', 'O\u00C5'], // æ  OÅ
  ['ổ', '\u00E6', 'o\u00E5'], // æ  oå
  ['Ỗ', '\u00E7', 'O\u00C3'], // ç  OÃ
  ['ỗ', '\u00E7', 'o\u00E3'], // ç  oã
  ['Ộ', '\u00E9', 'O\u00C4'], // é  OÄ
  ['ộ', '\u00E9', 'o\u00E4'], // é  oä
  ['Ơ', '\u00A5', '\u00D4'], // ¥  Ô
  ['ơ', '\u00AC', '\u00F4'], // ¬  ô
  ['Ớ', '\u00ED', '\u00D4\u00D9'], // í  ÔÙ
  ['ớ', '\u00ED', '\u00F4\u00F9'], // í  ôù
  ['Ờ', '\u00EA', '\u00D4\u00D8'], // ê  ÔØ
  ['ờ', '\u00EA', '\u00F4\u00F8'], // ê  ôø
  ['Ở', '\u00EB', '\u00D4\u00DB'], // ë  ÔÛ
  ['ở', '\u00EB', '\u00F4\u00FB'], // ë  ôû
  ['Ỡ', '\u00EC', '\u00D4\u00D5'], // ì  ÔÕ
  ['ỡ', '\u00EC', '\u00F4\u00F5'], // ì  ôõ
  ['Ợ', '\u00EE', '\u00D4\u00CF'], // î  ÔÏ
  ['ợ', '\u00EE', '\u00F4\u00EF'], // î  ôï
  ['Ú', '\u00F3', 'U\u00D9'], // ó  UÙ
  ['ú', '\u00F3', 'u\u00F9'], // ó  uù
  ['Ù', '\u00EF', 'U\u00D8'], // ï  UØ
  ['ù', '\u00EF', 'u\u00F8'], // ï  uø
  ['Ủ', '\u00F1', 'U\u00DB'], // ñ  UÛ
  ['ủ', '\u00F1', 'u\u00FB'], // ñ  uû
  ['Ũ', '\u00F2', 'U\u00D5'], // ò  UÕ
  ['ũ', '\u00F2', 'u\u00F5'], // ò  uõ
  ['Ụ', '\u00F4', 'U\u00CF'], // ô  UÏ
  ['ụ', '\u00F4', 'u\u00EF'], // ô  uï
  ['Ư', '\u00A6', '\u00D6'], // ¦  Ö
  ['ư', '\u00AD', '\u00F6'], // (soft hyphen)  ö
  ['Ứ', '\u00F8', '\u00D6\u00D9'], // ø  ÖÙ
  ['ứ', '\u00F8', '\u00F6\u00F9'], // ø  öù
  ['Ừ', '\u00F5', '\u00D6\u00D8'], // õ  ÖØ
  ['ừ', '\u00F5', '\u00F6\u00F8'], // õ  öø
  ['Ử', '\u00F6', '\u00D6\u00DB'], // ö  ÖÛ
  ['ử', '\u00F6', '\u00F6\u00FB'], // ö  öû
  ['Ữ', '\u00F7', '\u00D6\u00D5'], // ÷  ÖÕ
  ['ữ', '\u00F7', '\u00F6\u00F5'], // ÷  öõ
  ['Ự', '\u00F9', '\u00D6\u00CF'], // ù  ÖÏ
  ['ự', '\u00F9', '\u00F6\u00EF'], // ù  öï
  ['Ý', '\u00FD', 'Y\u00D9'], // ý  YÙ
  ['ý', '\u00FD', 'y\u00F9'], // ý  yù
  ['Ỳ', '\u00FA', 'Y\u00D8'], // ú  YØ
  ['ỳ', '\u00FA', 'y\u00F8'], // ú  yø
  ['Ỷ', '\u00FB', 'Y\u00DB'], // û  YÛ
  ['ỷ', '\u00FB', 'y\u00FB'], // û  yû
  ['Ỹ', '\u00FC', 'Y\u00D5'], // ü  YÕ
  ['ỹ', '\u00FC', 'y\u00F5'], // ü  yõ
  ['Ỵ', '\u00FE', '\u00CE'], // þ  Î
  ['ỵ', '\u00FE', '\u00EE'], // þ  î
];
