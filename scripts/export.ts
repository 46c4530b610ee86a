/**
 * `npm run export -- --pair CN-TJ --from 2013 --to 2024 --format png --width 3000 --out file.png`
 * Renders a timeline image without a window: headless Chromium through Playwright (the same export code
 * and contract call as the app). Exit codes: 0 exported, 2 bad arguments, 3 unknown pair, 1 anything else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppCore } from '../data/app-core';
import { createChromiumRenderer } from '../server/chromium-renderer';
import { DATASET_DIR } from '../server/paths';
import { DB_FILE_NAME, userDataDir } from '../server/user-data';
import { IMAGE_FORMATS } from '../shared/image-export';
import type { ImageFile } from '../shared/image-export';

const USAGE = `Usage: npm run export -- --pair CN-TJ [--pair CN-KG …] [--from 2013] [--to 2024] [--format png|svg|pdf]
         [--width 3000] [--out FILE] [--lang en|ar|zh] [--title TEXT] [--background white|transparent]
         [--paper a4|letter] [--no-sources-page] [--notes short|apa|chicago|mla]
         [--notes-in image|page|line] [--db FILE | --dataset]
  --notes-in where the source notes go: in the image, on a page of their own (PDF), or one line naming the sources
  --db       the database to read (default: the app's own database, or the bundled dataset if there is none yet)
  --dataset  read the bundled dataset only, ignoring the app's database`;

class UsageError extends Error {}
const EXIT = { ok: 0, failed: 1, usage: 2, unknownPair: 3 } as const;

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        pair: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        width: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        title: { type: 'string' },
        background: { type: 'string' },
        paper: { type: 'string' },
        'no-sources-page': { type: 'boolean', default: false },
        notes: { type: 'string' },
        'notes-in': { type: 'string' },
        db: { type: 'string' },
        dataset: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  if (!values.pair?.length) throw new UsageError('--pair is required (for example --pair CN-TJ).');
  const out = values.out;
  const format = values.format ?? (out ? path.extname(out).slice(1).toLowerCase() : 'png');
  if (!(IMAGE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${IMAGE_FORMATS.join(', ')}, not "${format}".`);
  if (values.width !== undefined && !/^\d+$/.test(values.width)) throw new UsageError(`--width must be a whole number of pixels, not "${values.width}".`);
  if (values.db && values.dataset) throw new UsageError('Give --db or --dataset, not both.');
  if (out && !fs.existsSync(path.dirname(path.resolve(out)))) throw new UsageError(`The folder for --out does not exist: ${path.dirname(path.resolve(out))}`);
  return {
    input: {
      format,
      pairIds: values.pair.map((p) => p.toUpperCase()),
      from: values.from,
      to: values.to,
      width: values.width === undefined ? undefined : Number(values.width),
      language: values.lang,
      title: values.title,
      background: values.background,
      paper: values.paper,
      sourcesPage: !values['no-sources-page'],
      notesStyle: values.notes,
      notesPlacement: values['notes-in'],
    },
    out,
    db: values.db,
    datasetOnly: values.dataset,
  };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`Error: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (!args) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const appDb = path.join(userDataDir(), DB_FILE_NAME);
  const tmp = fs.mkdtempSync(path.join(fs.realpathSync((await import('node:os')).tmpdir()), 'bilateral-export-'));
  const dbFile = args.db ? path.resolve(args.db) : !args.datasetOnly && fs.existsSync(appDb) ? appDb : path.join(tmp, 'dataset.sqlite');
  const renderer = createChromiumRenderer();
  const core = openAppCore({ dbFile, datasetDir: DATASET_DIR, renderer });
  const started = performance.now();
  try {
    const result = await core.dispatch('exportImage', args.input);
    if (!result.ok) {
      console.error(`Error: ${result.error.message}`);
      return result.error.code === 'invalid_input' ? EXIT.usage : result.error.code === 'not_found' ? EXIT.unknownPair : EXIT.failed;
    }
    const file = result.value as ImageFile;
    const out = path.resolve(args.out ?? file.fileName);
    fs.writeFileSync(`${out}.part`, Buffer.from(file.base64, 'base64'));
    fs.renameSync(`${out}.part`, out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Exported ${args.input.pairIds.join(', ')}: ${file.milestones} milestones (${file.labelled} labelled) to ${out} (${Math.ceil(file.bytes / 1024)} KB) in ${seconds} s`);
    return EXIT.ok;
  } finally {
    core.close();
    await renderer.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT.failed);
  },
);
