import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodePng } from './png-encode';

describe('encodePng', () => {
  it('writes a PNG that decodes to the same pixels, straight alpha from premultiplied', () => {
    const width = 3;
    const height = 2;
    // Opaque red, half-transparent green (premultiplied: 0,64,0,128), clear, opaque white, blue at alpha 51, opaque black.
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 64, 0, 128, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 51, 51, 0, 0, 0, 255]);
    const png = PNG.sync.read(encodePng(rgba, width, height, true));
    expect([png.width, png.height]).toEqual([3, 2]);
    expect([...png.data]).toEqual([255, 0, 0, 255, 0, 128, 0, 128, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 255, 51, 0, 0, 0, 255]);
    expect([...PNG.sync.read(encodePng(rgba, width, height, false)).data]).toEqual([...rgba]);
  });

  it('refuses pixels that do not make the size given', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2, false)).toThrow(/10 bytes/);
  });
});
