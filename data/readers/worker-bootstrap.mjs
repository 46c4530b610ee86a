// Runs the TypeScript reader worker from source (development, tests, benches): tsx's loader, registered in
// this thread, then the worker itself. Bundled builds start reader-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
