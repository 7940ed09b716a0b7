/** The two legacy (pre-Unicode) Vietnamese encodings still found in government spreadsheets. */
export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyDetection {
  readonly encoding: LegacyEncoding;
  /** The cell text converted to Unicode NFC. */
  readonly unicode: string;
  /** 0..1; a legacy font on the cell gives at least 0.9, text alone at most 0.95. */
  readonly confidence: number;
}
