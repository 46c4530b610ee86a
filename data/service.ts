/**
 * The implementation of the API contract over one open database: each feature's handlers, brought
 * together. Handlers receive input the dispatcher has already validated; they raise ApiError for what
 * the user can act on.
 */
import type { ApiHandlers } from '../shared/api/contract';
import { timelineHandlers } from './handlers/timeline';
import { editingHandlers } from './handlers/editing';
import { searchHandlers } from './handlers/search';
import { exchangeHandlers, type ExchangeContext } from './handlers/exchange';
import type { ImageContext } from './handlers/image';
import { storyHandlers } from './handlers/stories';
import type { ShareContext } from './handlers/share';
import { lazyHandlers } from './lazy-handlers';
import { articleCalls } from '../shared/api/calls/article';
import { imageCalls } from '../shared/api/calls/image';
import { citationCalls } from '../shared/api/calls/citations';
import { atlasCalls } from '../shared/api/calls/atlas';
import { shareCalls } from '../shared/api/calls/share';

export type ServiceContext = ExchangeContext & Pick<ImageContext, 'renderer'> & Pick<ShareContext, 'shareViewerDir'>;

export function createService(context: ServiceContext): ApiHandlers {
  return {
    ...timelineHandlers(context.db),
    ...editingHandlers(context),
    ...searchHandlers(context.db),
    ...exchangeHandlers(context),
    ...storyHandlers(context),
    // Loaded on first use: each brings heavy modules (extractor, fonts, citation styles, world map).
    ...lazyHandlers(articleCalls, async () => (await import('./handlers/article')).articleHandlers(context)),
    ...lazyHandlers(imageCalls, async () => (await import('./handlers/image')).imageHandlers(context)),
    ...lazyHandlers(citationCalls, async () => (await import('./handlers/citations')).citationHandlers(context.db)),
    ...lazyHandlers(atlasCalls, async () => (await import('./atlas/handlers')).atlasHandlers(context.db)),
    ...lazyHandlers(shareCalls, async () => (await import('./handlers/share')).shareHandlers(context)),
  };
}
