/**
 * How common each Vietnamese letter outside ASCII is, in five bands (4 = most common), as
 * counted in the ~21,000 words of provincial plans and reports in shared/seeds. Detection uses
 * it only to break a tie: "Löu" is TCVN3 "Lửu" or VNI "Lưu", both well-formed syllables, and
 * ư is far more common than ử.
 */
export const BANDS: readonly string[] = [
  'ằ ỏ ẫ ễ õ é ỡ ũ ẽ ỳ è ẳ ẵ ẹ ỵ', // fewer than 1 in 700 words
  'ọ ĩ ẩ ỷ ừ ù ặ ỗ ỹ ắ ẻ',
  'í ớ ứ ă ấ ợ ậ ầ ờ ử ữ ì ý ó ã ú ồ ò',
  'ả ế ạ ụ ị ề ể ơ ê ủ ỉ ự ộ â ở ổ',
  'đ á à ệ ố ô ư', // more than 1 in 27 words
];

const BAND = new Map<string, number>();
BANDS.forEach((letters, band) => {
  for (const letter of letters.split(' ')) BAND.set(letter, band);
});

/** Mean band of the non-ASCII letters of `text` (0..4), or 0 when it has none. */
export function letterCommonness(text: string): number {
  let sum = 0;
  let n = 0;
  for (const ch of text.toLowerCase()) {
    const band = BAND.get(ch);
    if (band !== undefined) {
      sum += band;
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}
