// Runs the TypeScript render worker from source (development, tests): tsx's loader, registered in this
// thread, then the worker itself. Bundled builds start render-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
