/**
 * Runs a piece of background work (the export browser's launch) once the app's first page has done its
 * start: after the first call, once no call has come for `quietMs`; without any call, after `latestMs`.
 * A fixed delay hit the page's own start on a slow machine (two busy cores: Chromium's launch and
 * Playwright's load blocked the first timeline by a second).
 */
export interface QuietTrigger {
  /** Notes a call: the work waits for `quietMs` more. */
  touch(): void;
  cancel(): void;
}

export function whenQuiet(work: () => void, { quietMs, latestMs }: { quietMs: number; latestMs: number }): QuietTrigger {
  let done = false;
  let timer: NodeJS.Timeout | null = null;
  const fire = () => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    work();
  };
  const arm = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, ms);
    timer.unref();
  };
  const started = Date.now();
  arm(latestMs);
  return {
    touch() {
      if (done) return;
      // Never later than latestMs after the start, however busy the page keeps the server.
      arm(Math.max(0, Math.min(quietMs, latestMs - (Date.now() - started))));
    },
    cancel() {
      done = true;
      if (timer) clearTimeout(timer);
    },
  };
}
