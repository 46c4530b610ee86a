/**
 * Imported first by main.tsx, so that the opening reads (the pairs and the remembered pair's timeline)
 * leave as soon as the few modules they need are evaluated, not after React DOM, the chart library and
 * every view: the answers then come while the rest of the bundle evaluates, and the first render has them.
 */
import { prefetchOpeningReads } from './store/open-pair';

prefetchOpeningReads();
