// `npm run export`: runs the built entry dist/server/<name>.mjs with the caller's arguments, or says how to build it.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const name = process.argv[2];
const file = fileURLToPath(new URL(`../dist/server/${name}.mjs`, import.meta.url));
if (!fs.existsSync(file)) {
  console.error(`Error: ${file} is not built yet. Run npm run build once (npm start and npm run browser build it too), then try again.`);
  process.exit(1);
}
// The entry reads its arguments from process.argv.slice(2), as when started directly.
process.argv.splice(1, 2, file);
await import(pathToFileURL(file).href);
