/**
 * A real core whose image exports go through a real page renderer (headless Chromium in the server's
 * tests), opened before a file's tests and closed after them: the setup the rendering tests share.
 */
import { afterAll, beforeAll } from 'vitest';
import type { HtmlRenderer } from '../image-export/html-renderer';
import { openTestApi, type TestApi } from './test-api';

export interface RendererTestApi<R> extends TestApi {
  renderer: R;
}

/** Call at a test file's top level; the fields are there once its tests run. */
export function rendererTestApi<R extends HtmlRenderer & { close(): Promise<void> }>(createRenderer: () => R): RendererTestApi<R> {
  let renderer: R | undefined;
  let opened: TestApi | undefined;
  const live = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('rendererTestApi: used outside the tests (before beforeAll)');
    return value;
  };
  beforeAll(() => {
    renderer = createRenderer();
    opened = openTestApi({ renderer });
  });
  afterAll(async () => {
    opened?.core.close();
    await renderer?.close();
  });
  return {
    get core() {
      return live(opened).core;
    },
    get api() {
      return live(opened).api;
    },
    snapshot: () => live(opened).snapshot(),
    fetch: (file) => live(opened).fetch(file),
    text: (file) => live(opened).text(file),
    upload: (bytes) => live(opened).upload(bytes),
    get renderer() {
      return live(renderer);
    },
  };
}
