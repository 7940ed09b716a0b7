/** Legacy Vietnamese encodings (TCVN3/ABC, VNI Windows): detection and conversion to Unicode. */
export type { LegacyDetection, LegacyEncoding } from './types';
export { detectLegacyEncoding } from './detect';
export { fontEncoding } from './fonts';
export type { FontEncoding } from './fonts';
export { decodeTcvn3, encodeTcvn3 } from './tcvn3';
export { decodeVni, encodeVni } from './vni';
