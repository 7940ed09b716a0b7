#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/ (icon-16/32/64/80/128.png): a green rounded square with
 * white table rows and a white check mark.
 *
 * Why a script instead of a drawing tool: the icons are then reproducible from the repository,
 * every size is drawn from the same vector description (not downscaled from one bitmap), and we
 * need no image library — a PNG is a few zlib-compressed scanlines plus CRCs.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/)
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];

// Excel's green, so the tab reads as "a spreadsheet tool" at a glance.
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];

// ---------------------------------------------------------------------------------------------
// PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  // Every scanline starts with its filter type; 0 ("none") keeps the encoder trivial.
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Drawing: shapes are described in unit coordinates (0..1) and sampled several times per pixel,
// which gives smooth edges at every size without an anti-aliasing rasteriser.

function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  if (x < inset || x > 1 - inset || y < inset || y > 1 - inset) return false;
  return dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

const CHECK = [
  [0.44, 0.6],
  [0.58, 0.75],
  [0.82, 0.3],
];

// Small icons get relatively thicker strokes so they survive at 16 px.
function strokes(size) {
  return size <= 16 ? { row: 0.06, check: 0.085 } : { row: 0.045, check: 0.07 };
}

/** Three table rows on the left half. */
function onRows(x, y, size) {
  const half = strokes(size).row;
  return [0.3, 0.48, 0.66].some((ry) => distanceToSegment(x, y, 0.2, ry, 0.5, ry) <= half);
}

/** The check mark over the lower right, widened by `extra` (used for a gap around it). */
function onCheck(x, y, size, extra) {
  const half = strokes(size).check + extra;
  const [a, b, c] = CHECK;
  return (
    distanceToSegment(x, y, a[0], a[1], b[0], b[1]) <= half ||
    distanceToSegment(x, y, b[0], b[1], c[0], c[1]) <= half
  );
}

/** White where the check is, and where a row is except in a green gap around the check. */
function isWhite(x, y, size) {
  if (onCheck(x, y, size, 0)) return true;
  return onRows(x, y, size) && !onCheck(x, y, size, 0.05);
}

function drawIcon(size) {
  const samples = 4; // 4x4 supersampling per pixel
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y, 0.03, 0.18)) continue;
          cover++;
          if (isWhite(x, y, size)) white++;
        }
      }
      const n = samples * samples;
      const alpha = cover / n;
      const w = cover ? white / cover : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, drawIcon, SIZES };
