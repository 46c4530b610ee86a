/**
 * A reader worker: a worker_threads thread with its own read-only connection to the database (WAL: it
 * sees every committed write, and never writes), serving the calls of READ_CALLS with the core's own
 * handlers and dispatcher, one at a time, in the order sent. Answers carry the value as JSON bytes,
 * built here, so that the serving thread only writes them out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type Db } from '../db/open';
import { createPartialDispatch } from '../../shared/api/dispatch';
import { servedJson } from '../../shared/api/json-text';
import { readHandlers } from './read-calls';
import type { ReaderMessage, ReaderOptions, ReadReply, ReadRequest } from './messages';

const options = workerData as ReaderOptions;
const port = parentPort!;
const send = (message: ReaderMessage, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer);

let db: Db;
try {
  db = openDatabase(options.dbFile, { nativeBinding: options.nativeBinding, readonly: true });
} catch (error) {
  send({ ready: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  port.close();
  throw error;
}
const dispatch = createPartialDispatch(readHandlers(db), (error) => send({ log: error instanceof Error ? (error.stack ?? error.message) : String(error) }));

/** Bytes whose whole buffer may be handed over (a small Buffer shares Node's pool with others). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

let queue = Promise.resolve();
port.on('message', (request: ReadRequest | 'close') => {
  queue = queue.then(async () => {
    if (request === 'close') {
      db.close();
      port.close();
      return;
    }
    const result = await dispatch(request.name, request.input);
    if (!result.ok) return send({ id: request.id, ok: false, error: result.error } satisfies ReadReply);
    const json = servedJson(result.value);
    if (!json) return send({ id: request.id, ok: true, value: result.value } satisfies ReadReply);
    const bytes = ownBuffer(json.utf8);
    send({ id: request.id, ok: true, json: bytes } satisfies ReadReply, [bytes.buffer as ArrayBuffer]);
  });
});
send({ ready: true });
