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
import { articleHandlers } from './handlers/article';
import { imageHandlers, type ImageContext } from './handlers/image';
import { storyHandlers } from './handlers/stories';
import { citationHandlers } from './handlers/citations';
import { atlasHandlers } from './atlas/handlers';
import { shareHandlers, type ShareContext } from './handlers/share';

export type ServiceContext = ExchangeContext & Pick<ImageContext, 'renderer'> & Pick<ShareContext, 'shareViewerDir'>;

export function createService(context: ServiceContext): ApiHandlers {
  return {
    ...timelineHandlers(context.db),
    ...editingHandlers(context),
    ...searchHandlers(context.db),
    ...exchangeHandlers(context),
    ...articleHandlers(context),
    ...imageHandlers(context),
    ...storyHandlers(context),
    ...citationHandlers(context.db),
    ...atlasHandlers(context.db),
    ...shareHandlers(context),
  };
}
