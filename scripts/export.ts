/**
 * `npm run export -- --pair CN-TJ --from 2013 --to 2024 --format png --width 3000 --out file.png`
 * `npm run export -- --atlas map --year 2015 --format svg --out map.svg` (or `--atlas matrix`): the atlas.
 * Renders a timeline image without a window (the same export code and contract call as the app): PNG by
 * resvg with the bundled fonts, PDF and the atlas's PNG in headless Chromium through Playwright.
 * `--format html` writes the shared offline web page instead (exportWebPage).
 * Exit codes: 0 exported, 2 bad arguments, 3 unknown pair or story, 1 anything else.
 * `npm run export -- --panel panel.csv` writes the atlas's dyad-year panel and its codebook (panel.codebook.md) beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { openAppCore as OpenAppCore } from '../data/app-core';
import { createChromiumRenderer, type ChromiumRenderer } from '../server/chromium-renderer';
import { DATASET_DIR, SHARE_VIEWER_DIST } from '../server/paths';
import { DB_FILE_NAME, userDataDir } from '../server/user-data';
import { IMAGE_FORMATS } from '../shared/image-export';
import { ATLAS_IMAGE_VIEWS } from '../shared/image-export';
import type { ImageFile } from '../shared/image-export';
import { NO_FILTERS } from '../shared/filters';
import type { WebPageFile } from '../shared/share';
import type { AtlasPanelFile } from '../shared/api/calls/atlas';

const USAGE = `Usage: npm run export -- --pair CN-TJ [--pair CN-KG …] [--from 2013] [--to 2024] [--format png|svg|pdf]
         [--width 3000] [--out FILE] [--lang en|ar|zh] [--title TEXT] [--background white|transparent]
         [--paper a4|letter] [--no-sources-page] [--notes short|apa|chicago|mla]
         [--notes-in image|page|line] [--db FILE | --dataset]
       npm run export -- --panel FILE.csv [--db FILE | --dataset]
  --panel    the dyad-year panel (one row per country and year) as CSV, its codebook as FILE.codebook.md beside it
       npm run export -- --atlas map|matrix [--year 2015] [--format png|svg|pdf] [--width 3000] [--out FILE]
         [--lang en|ar|zh] [--title TEXT] [--background white|transparent] [--paper a4|letter] [--db FILE | --dataset]
  --atlas    the partnership atlas: the world map at --year (default: the last year), or the matrix of every country
       npm run export -- --format html (--pair CN-TJ [--pair …] | --story ID) [--lang en|ar|zh] [--title TEXT]
         [--no-practice] [--out FILE] [--db FILE | --dataset]
  --format html  one self-contained web page that opens offline (timeline, list, sources, presentation, practice)
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
        panel: { type: 'string' },
        atlas: { type: 'string' },
        year: { type: 'string' },
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
        story: { type: 'string' },
        'no-practice': { type: 'boolean', default: false },
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
  if (values.db && values.dataset) throw new UsageError('Give --db or --dataset, not both.');
  if (values.panel !== undefined) {
    if (values.pair?.length) throw new UsageError('Give --panel or --pair, not both.');
    if (!/\.csv$/i.test(values.panel)) throw new UsageError(`--panel names a .csv file, not "${values.panel}".`);
    if (!fs.existsSync(path.dirname(path.resolve(values.panel)))) throw new UsageError(`The folder for --panel does not exist: ${path.dirname(path.resolve(values.panel))}`);
    return { panel: values.panel, db: values.db, datasetOnly: values.dataset } as const;
  }
  const out0 = values.out;
  const format0 = values.format ?? (out0 ? path.extname(out0).slice(1).toLowerCase() : 'png');
  if (format0 === 'html') {
    if (out0 && !fs.existsSync(path.dirname(path.resolve(out0)))) throw new UsageError(`The folder for --out does not exist: ${path.dirname(path.resolve(out0))}`);
    if (!values.pair?.length === !values.story) throw new UsageError('--format html needs --pair (one or more) or --story ID, not both.');
    if (values.story !== undefined && !/^\d+$/.test(values.story)) throw new UsageError(`--story must be a story's number, not "${values.story}".`);
    const scope = values.story ? { kind: 'story', id: Number(values.story) } : { kind: 'pairs', pairIds: values.pair!.map((p) => p.toUpperCase()), filters: NO_FILTERS };
    return { call: 'exportWebPage' as const, what: 'web page', input: { scope, language: values.lang, title: values.title, practice: !values['no-practice'] }, out: out0, db: values.db, datasetOnly: values.dataset, panel: undefined };
  }
  if (values.atlas !== undefined && values.pair?.length) throw new UsageError('Give --pair or --atlas, not both.');
  if (values.atlas === undefined && !values.pair?.length) throw new UsageError('--pair is required (for example --pair CN-TJ), or --atlas map|matrix.');
  if (values.atlas !== undefined && !(ATLAS_IMAGE_VIEWS as readonly string[]).includes(values.atlas)) throw new UsageError(`--atlas must be one of ${ATLAS_IMAGE_VIEWS.join(', ')}, not "${values.atlas}".`);
  if (values.year !== undefined && (values.atlas === undefined || !/^\d{4}$/.test(values.year))) throw new UsageError(values.atlas === undefined ? '--year goes with --atlas (a pair takes --from and --to).' : `--year must be a year such as 2015, not "${values.year}".`);
  const out = values.out;
  const format = values.format ?? (out ? path.extname(out).slice(1).toLowerCase() : 'png');
  if (!(IMAGE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${[...IMAGE_FORMATS, 'html'].join(', ')}, not "${format}".`);
  if (values.width !== undefined && !/^\d+$/.test(values.width)) throw new UsageError(`--width must be a whole number of pixels, not "${values.width}".`);
  if (out && !fs.existsSync(path.dirname(path.resolve(out)))) throw new UsageError(`The folder for --out does not exist: ${path.dirname(path.resolve(out))}`);
  const common = { out, db: values.db, datasetOnly: values.dataset, panel: undefined };
  if (values.atlas !== undefined) {
    return {
      ...common,
      call: 'exportAtlasImage' as const,
      what: `the atlas ${values.atlas}`,
      input: {
        view: values.atlas,
        year: values.year === undefined ? undefined : Number(values.year),
        format,
        width: values.width === undefined ? undefined : Number(values.width),
        language: values.lang,
        title: values.title,
        background: values.background,
        paper: values.paper,
      },
    };
  }
  const pairIds = values.pair!.map((p) => p.toUpperCase());
  return {
    ...common,
    call: 'exportImage' as const,
    what: pairIds.join(', '),
    input: {
      format,
      pairIds,
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
  };
}

/** Writes a file whole or not at all (a .part file renamed into place). */
function writeWhole(file: string, content: string | Buffer): void {
  fs.writeFileSync(`${file}.part`, content);
  fs.renameSync(`${file}.part`, file);
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
  // A timeline's PNG needs no browser here: resvg draws it with the bundled fonts (as Chromium does:
  // server/image-export-resvg.test.ts), sooner than Chromium can start. PDF and the atlas's PNG need the
  // browser: it starts first, in the render worker's thread, and launches while this thread loads the app,
  // opens the database and lays out the chart.
  const format = args.panel === undefined && 'format' in args.input ? args.input.format : undefined;
  const pageNeeded = format === 'pdf' || (format === 'png' && args.call === 'exportAtlasImage');
  const renderer = pageNeeded ? createChromiumRenderer() : undefined;
  renderer?.warmUp();
  try {
    return await run(args, (await import('../data/app-core')).openAppCore, renderer);
  } finally {
    await renderer?.close();
  }
}

async function run(args: NonNullable<ReturnType<typeof parse>>, openAppCore: typeof OpenAppCore, renderer: ChromiumRenderer | undefined): Promise<number> {
  const appDb = path.join(userDataDir(), DB_FILE_NAME);
  const tmp = fs.mkdtempSync(path.join(fs.realpathSync((await import('node:os')).tmpdir()), 'bilateral-export-'));
  const dbFile = args.db ? path.resolve(args.db) : !args.datasetOnly && fs.existsSync(appDb) ? appDb : path.join(tmp, 'dataset.sqlite');
  if (args.panel !== undefined) {
    const core = openAppCore({ dbFile, datasetDir: DATASET_DIR });
    try {
      const result = await core.dispatch('exportAtlasPanel', {});
      if (!result.ok) {
        console.error(`Error: ${result.error.message}`);
        return EXIT.failed;
      }
      const file = result.value as AtlasPanelFile;
      const out = path.resolve(args.panel);
      const { codebookNameFor } = await import('../data/atlas/panel');
      const codebook = path.join(path.dirname(out), codebookNameFor(path.basename(out)));
      writeWhole(out, file.text);
      writeWhole(codebook, file.codebook.replace(`# Codebook: ${file.fileName}`, `# Codebook: ${path.basename(out)}`));
      console.log(`Exported the dyad-year panel: ${file.rows} rows to ${out}, codebook ${codebook}\n${file.citation}`);
      return EXIT.ok;
    } finally {
      core.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  const core = openAppCore({ dbFile, datasetDir: DATASET_DIR, renderer, shareViewerDir: SHARE_VIEWER_DIST });
  const started = performance.now();
  try {
    const result = await core.dispatch(args.call, args.input);
    if (!result.ok) {
      console.error(`Error: ${result.error.message}`);
      return result.error.code === 'invalid_input' ? EXIT.usage : result.error.code === 'not_found' ? EXIT.unknownPair : EXIT.failed;
    }
    if (args.call === 'exportWebPage') {
      const page = result.value as WebPageFile;
      const out = path.resolve(args.out ?? page.fileName);
      writeWhole(out, page.text);
      console.log(`Wrote a web page of ${page.milestones} milestones to ${out} (${Math.ceil(page.bytes / 1024)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return EXIT.ok;
    }
    const file = result.value as ImageFile;
    const out = path.resolve(args.out ?? file.fileName);
    writeWhole(out, Buffer.from(file.base64, 'base64'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const drawn = args.call === 'exportAtlasImage' ? `${file.milestones} countries` : `${file.milestones} milestones (${file.labelled} labelled)`;
    console.log(`Exported ${args.what}: ${drawn} to ${out} (${Math.ceil(file.bytes / 1024)} KB) in ${seconds} s`);
    return EXIT.ok;
  } finally {
    core.close();
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
