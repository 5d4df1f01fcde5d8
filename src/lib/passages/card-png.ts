/**
 * Encodes a drawn card as an indexed PNG. A card is ink on a flat background, so
 * every pixel is the background, a solid colour, or a blend of the background
 * and one ink (antialiased text): a fixed palette of those blends keeps the text
 * sharp at 4 bits a pixel. Mapping each colour to its nearest entry once, and
 * deflating with Node's zlib, costs a few milliseconds where a general colour
 * quantiser (UPNG's, in JavaScript) took most of a card's drawing time. Pure.
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [red: number, green: number, blue: number];

export interface Ink {
  colour: Rgb;
  /** Blends of the background towards this colour, the colour itself included. `1` for a solid fill with no antialiasing. */
  levels: number;
}

/** The palette: the background first, then each ink's blends from lightest to full. */
export function inkPalette(background: Rgb, inks: readonly Ink[]): Rgb[] {
  const blend = (colour: Rgb, share: number): Rgb =>
    colour.map((channel, index) => Math.round(background[index]! + (channel - background[index]!) * share)) as unknown as Rgb;
  return [
    background,
    ...inks.flatMap(({ colour, levels }) => Array.from({ length: levels }, (_, step) => blend(colour, (step + 1) / levels))),
  ];
}

/** `#rrggbb` as a colour. */
export function hexColour(hex: string): Rgb {
  const value = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function nearest(palette: readonly Rgb[], red: number, green: number, blue: number): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach(([r, g, b], index) => {
    // Weighted by how strongly the eye sees each channel, so greys keep their lightness.
    const distance = 3 * (r - red) ** 2 + 4 * (g - green) ** 2 + 2 * (b - blue) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

const indexTables = new WeakMap<readonly Rgb[], Uint8Array>();

/**
 * Each 24-bit colour's palette index plus one (0: not seen yet), found on first sight and kept with the
 * palette (16 MB, once per thread): a typed-array read per pixel, where a Map took most of the time.
 */
function paletteIndexTable(palette: readonly Rgb[]): Uint8Array {
  let table = indexTables.get(palette);
  if (!table) indexTables.set(palette, (table = new Uint8Array(1 << 24)));
  return table;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** A pixel's palette index, from a 32-bit RGBA read: the lookup table's entry, or the nearest colour found once. */
function paletteIndexer(palette: readonly Rgb[]): (pixel: number) => number {
  const indexPlusOne = paletteIndexTable(palette);
  const [backRed, backGreen, backBlue] = palette[0]!;
  const [redShift, greenShift, blueShift, alphaShift] = LITTLE_ENDIAN ? [0, 8, 16, 24] : [24, 16, 8, 0];
  return (pixel) => {
    let red = (pixel >>> redShift) & 255;
    let green = (pixel >>> greenShift) & 255;
    let blue = (pixel >>> blueShift) & 255;
    const alpha = (pixel >>> alphaShift) & 255;
    if (alpha < 255) {
      red = Math.round((red * alpha + backRed * (255 - alpha)) / 255);
      green = Math.round((green * alpha + backGreen * (255 - alpha)) / 255);
      blue = Math.round((blue * alpha + backBlue * (255 - alpha)) / 255);
    }
    const colour = (red << 16) | (green << 8) | blue;
    let index = indexPlusOne[colour]! - 1;
    if (index < 0) indexPlusOne[colour] = (index = nearest(palette, red, green, blue)) + 1;
    return index;
  };
}

/** The image's rows as PNG scanlines of `bits`-bit palette indices, each after its filter byte 0 (none, as suits indexed images). */
function indexedRows(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[], bits: number): Uint8Array {
  const rowBytes = 1 + Math.ceil((width * bits) / 8);
  const rows = new Uint8Array(rowBytes * height);
  const indexOf = paletteIndexer(palette);
  // One read a pixel: its four bytes as one number, in the machine's byte order.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  // Runs of one colour (the background, a solid bar) are most of a card: the last lookup is kept.
  let lastPixel = -1;
  let lastIndex = 0;
  for (let y = 0, at = 0; y < height; y++) {
    let out = y * rowBytes + 1;
    let packed = 0;
    let packedBits = 0;
    for (let x = 0; x < width; x++, at++) {
      const pixel = pixels[at]!;
      if (pixel !== lastPixel) [lastPixel, lastIndex] = [pixel, indexOf(pixel)];
      packed = (packed << bits) | lastIndex;
      packedBits += bits;
      if (packedBits === 8) {
        rows[out++] = packed;
        packed = packedBits = 0;
      }
    }
    if (packedBits) rows[out] = packed << (8 - packedBits);
  }
  return rows;
}

/**
 * An indexed PNG of RGBA pixels (row by row, 4 bytes a pixel) in the given palette (at most 255
 * colours, one short of PNG's limit for the lookup table's sake; 16 or fewer give 4 bits a pixel). Translucent pixels are taken as laid on the palette's
 * first colour.
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Uint8Array {
  if (palette.length < 1 || palette.length > 255) throw new Error(`A card palette holds 1 to 255 colours, not ${palette.length}.`);
  if (rgba.length !== width * height * 4)
    throw new Error(`${width}×${height} pixels need ${width * height * 4} bytes, not ${rgba.length}.`);
  const bits = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8;
  const rows = indexedRows(rgba, width, height, palette, bits);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bits, 3, 0, 0, 0], 8); // Bit depth, colour type 3 (indexed), deflate, adaptive filtering, no interlace.
  // A copy of its own (not a slice of Node's shared buffer pool), so it can be transferred between threads.
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('PLTE', Uint8Array.from(palette.flat())),
      // Level 6 takes 5 ms a card where 8 takes 13 and 9 takes 33, for files 6% larger than theirs (24.6 KB
      // against 23.3): with thousands of cards to draw, build time is the scarcer.
      chunk('IDAT', deflateSync(rows, { level: 6 })),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}
