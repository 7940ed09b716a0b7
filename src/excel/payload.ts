/**
 * Payload sizes. Excel on the web refuses a round trip whose request or response is larger
 * than 5 MB; code that moves many cells sizes its batches with `jsonBytes` and recognises the
 * refusal with `isPayloadTooLarge` to retry smaller.
 */

/** UTF-8 length of the JSON text of `value`: roughly what it costs on the wire. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);

export function isPayloadTooLarge(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && PAYLOAD_CODES.has(code)) || (typeof message === 'string' && /PayloadTooLarge|payload size/i.test(message));
}
