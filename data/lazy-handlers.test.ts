import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { call } from '../shared/api/define';
import { lazyHandlers } from './lazy-handlers';

const calls = { double: call<number>()(z.number()), half: call<number>()(z.number()) };

describe('lazily loaded handlers', () => {
  it('loads the module once, on the first call, and tries again after a failed load', async () => {
    let loads = 0;
    const handlers = lazyHandlers(calls, async () => {
      loads++;
      if (loads === 1) throw new Error('not there yet');
      return { double: (n: number) => n * 2, half: (n: number) => n / 2 };
    });
    expect(loads).toBe(0);
    await expect(handlers.double(2)).rejects.toThrow('not there yet');
    expect(await handlers.double(2)).toBe(4);
    expect(await handlers.half(8)).toBe(4);
    expect(loads).toBe(2);
  });
});
