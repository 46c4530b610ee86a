import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './when-quiet';

describe('whenQuiet', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the calls to stop, then runs the work once', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const trigger = whenQuiet(work, { quietMs: 500, latestMs: 5000 });
    trigger.touch();
    vi.advanceTimersByTime(400);
    trigger.touch();
    vi.advanceTimersByTime(400);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(work).toHaveBeenCalledTimes(1);
    trigger.touch();
    vi.advanceTimersByTime(5000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work at the latest time without any call, or however busy the calls keep it', () => {
    vi.useFakeTimers();
    const idle = vi.fn();
    whenQuiet(idle, { quietMs: 500, latestMs: 3000 });
    vi.advanceTimersByTime(2999);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledTimes(1);

    const busy = vi.fn();
    const trigger = whenQuiet(busy, { quietMs: 500, latestMs: 3000 });
    for (let t = 0; t < 3000; t += 100) {
      trigger.touch();
      vi.advanceTimersByTime(100);
    }
    expect(busy).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    whenQuiet(work, { quietMs: 100, latestMs: 200 }).cancel();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
  });
});
