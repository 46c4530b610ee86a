import { describe, expect, it } from 'vitest';
import { coversAny } from './unicode-range';

describe('coversAny', () => {
  it('finds a character of the text in a range list, single points, spans and wildcards alike', () => {
    const latin = 'U+0-FF, U+131, U+152-153, U+2BB-2BC, U+2000-206F';
    expect(coversAny(latin, 'Xi Jinping')).toBe(true);
    expect(coversAny(latin, 'شراكة')).toBe(false);
    expect(coversAny(latin, 'شراكة – ')).toBe(true); // the en dash and space are Latin-range characters
    expect(coversAny('U+600-6FF', 'شراكة')).toBe(true);
    expect(coversAny('U+4??', 'Ѐ')).toBe(true); // U+400–4FF
    expect(coversAny('U+4??', 'ऀ')).toBe(false);
    expect(coversAny('U+1F600-1F64F', 'ok 😀')).toBe(true); // beyond the BMP: whole code points
    expect(coversAny('U+2550-2551, U+2554', '中亚峰会')).toBe(false);
    expect(coversAny('U+2550-2551, U+2554', '')).toBe(false);
  });
});
