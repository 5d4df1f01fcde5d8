import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CARD_PALETTE } from '../../../src/lib/passages/card.ts';
import { type Rgb, encodePalettePng, hexColour, inkPalette } from '../../../src/lib/passages/card-png.ts';

/** The chunks of a PNG, checked against their CRCs by the decoder below. */
function readPng(png: Uint8Array) {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    chunks.push({ type: bytes.toString('latin1', at + 4, at + 8), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const header = chunks.find((chunk) => chunk.type === 'IHDR')!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bits = header[8]!;
  const palette = chunks.find((chunk) => chunk.type === 'PLTE')!.data;
  const rows = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const rowBytes = 1 + Math.ceil((width * bits) / 8);
  const pixel = (x: number, y: number): Rgb => {
    const byte = rows[y * rowBytes + 1 + Math.floor((x * bits) / 8)]!;
    const index = (byte >> (8 - bits - ((x * bits) % 8))) & ((1 << bits) - 1);
    return [palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!];
  };
  return { types: chunks.map((chunk) => chunk.type), width, height, bits, colourType: header[9], colours: palette.length / 3, pixel };
}

const background = hexColour('#fdfcf9');
const ink = hexColour('#1c1b19');

function image(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(paint(x, y), (y * width + x) * 4);
  return rgba;
}

describe('indexed card PNG', () => {
  it('blends the background towards each ink in even steps, ending on the ink', () => {
    const palette = inkPalette(
      [255, 255, 255],
      [
        { colour: [0, 0, 0], levels: 4 },
        { colour: [0, 0, 255], levels: 1 },
      ],
    );
    expect(palette).toEqual([
      [255, 255, 255],
      [191, 191, 191],
      [128, 128, 128],
      [64, 64, 64],
      [0, 0, 0],
      [0, 0, 255],
    ]);
    expect(CARD_PALETTE).toHaveLength(16);
    expect(CARD_PALETTE[0]).toEqual(background);
  });

  it('keeps every pixel at its nearest palette colour, 4 bits a pixel, in a valid PNG (odd width, translucent pixels)', () => {
    const palette = inkPalette(background, [{ colour: ink, levels: 8 }]);
    const paint = (x: number, y: number): [number, number, number, number] =>
      x === 0 ? [...ink, 255] : x === 1 ? [...ink, 128] : x === 2 ? [120, 119, 116, 255] : y === 1 ? [0, 0, 0, 0] : [...background, 255];
    const png = readPng(encodePalettePng(image(5, 3, paint), 5, 3, palette));
    expect(png).toMatchObject({ types: ['IHDR', 'PLTE', 'IDAT', 'IEND'], width: 5, height: 3, bits: 4, colourType: 3, colours: 9 });
    for (let y = 0; y < 3; y++) {
      expect(png.pixel(0, y)).toEqual(ink);
      // Half-covered ink lies halfway: the fourth of eight steps from the background.
      expect(png.pixel(1, y)).toEqual(palette[4]);
      expect(png.pixel(2, y)).toEqual(palette[5]);
      expect(png.pixel(4, y)).toEqual(background);
    }
    // A fully transparent pixel is the background showing through.
    expect(png.pixel(3, 1)).toEqual(background);
  });

  it('refuses a palette PNG cannot hold and pixels that do not match the size', () => {
    expect(() => encodePalettePng(new Uint8Array(4), 1, 1, [])).toThrow(/1 to 255 colours, not 0/);
    expect(() => encodePalettePng(new Uint8Array(8), 1, 1, [background])).toThrow(/1×1 pixels need 4 bytes, not 8/);
  });
});
