import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodePng } from './png-encode';

describe('encodePng', () => {
  it('writes a PNG that decodes to the same pixels, straight alpha from premultiplied', () => {
    const width = 3;
    const height = 2;
    // Opaque red, half-transparent green (premultiplied: 0,64,0,128), clear, opaque white, blue at alpha 51, opaque black.
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 64, 0, 128, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 51, 51, 0, 0, 0, 255]);
    const png = PNG.sync.read(encodePng(rgba, width, true));
    expect([png.width, png.height]).toEqual([3, 2]);
    expect([...png.data]).toEqual([255, 0, 0, 255, 0, 128, 0, 128, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 255, 51, 0, 0, 0, 255]);
    expect([...PNG.sync.read(encodePng(rgba, width, false)).data]).toEqual([...rgba]);
  });

  it('joins bands of rows into one image, top to bottom', () => {
    const red = Uint8Array.from([255, 0, 0, 255, 255, 0, 0, 255]);
    const blue = Uint8Array.from([0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255]);
    const png = PNG.sync.read(encodePng([red, blue], 2, false));
    expect([png.width, png.height]).toEqual([2, 3]);
    expect([...png.data]).toEqual([...red, ...blue]);
  });

  it('refuses pixels that are not whole rows', () => {
    expect(() => encodePng(new Uint8Array(10), 2, false)).toThrow(/10 bytes are not rows of 2 pixels/);
  });
});
