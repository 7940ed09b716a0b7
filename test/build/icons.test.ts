/** The committed icons are exactly what scripts/make-icons.js draws (so they can be redrawn). */
import * as fs from 'fs';
import * as path from 'path';
import { inflateSync } from 'zlib';

const make = require('../../scripts/make-icons.js') as {
  drawIcon(size: number): Buffer;
  SIZES: number[];
};

const ASSETS = path.join(__dirname, '..', '..', 'assets');

test.each([16, 32, 64, 80, 128])('assets/icon-%i.png matches the script', (size) => {
  expect(make.SIZES).toContain(size);
  const committed = fs.readFileSync(path.join(ASSETS, `icon-${size}.png`));
  expect(committed.equals(make.drawIcon(size))).toBe(true);
});

test('the PNG encoder writes valid chunks (IHDR, IDAT, IEND) with the right pixel data size', () => {
  const png = make.drawIcon(16);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const types: string[] = [];
  let idat = Buffer.alloc(0);
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    types.push(type);
    if (type === 'IDAT') idat = Buffer.concat([idat, png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  // 16 rows of (1 filter byte + 16 RGBA pixels).
  expect(inflateSync(idat).length).toBe(16 * (1 + 16 * 4));
});
