// Runs the TypeScript job worker from source (development, tests, benches): tsx's loader, registered in
// this thread, then the worker itself. Bundled builds start job-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
