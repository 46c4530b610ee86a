/**
 * The handlers of a group of calls whose module is loaded on the group's first call, so that heavy code
 * (fonts and the rasteriser, citation styles, the article extractor, the world map) is not loaded at start.
 */
import type { CallGroup, HandlersFor } from '../shared/api/define';

export function lazyHandlers<C extends CallGroup>(calls: C, load: () => Promise<HandlersFor<C>>): HandlersFor<C> {
  let loading: Promise<HandlersFor<C>> | undefined;
  // A failed load is tried again on the next call rather than remembered.
  const loaded = () => (loading ??= load().catch((error: unknown) => ((loading = undefined), Promise.reject(error))));
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(calls)) {
    handlers[name] = async (input) => ((await loaded())[name] as (input: unknown) => unknown)(input);
  }
  return handlers as HandlersFor<C>;
}
