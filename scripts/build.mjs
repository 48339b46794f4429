// Builds the Apps Script bundle (dist/) and the offline runtime (build/cli.cjs).
//
// dist/Code.js is an IIFE that assigns the entry's exports to `__app`, followed by one real
// top-level `function` per export: Apps Script only finds menu/trigger/google.script.run
// targets that are top-level function declarations (apps-script.md AS02). The export list
// comes from esbuild's metafile, so exporting a function from src/main.ts is all it takes.
//
// `--coverage` builds build/coverage/ instead: the same bundle with every src/ file
// instrumented by istanbul (scripts/coverage-instrument.cjs), which the emulator loads in
// place of dist/Code.js when ANTT_BUNDLE names it (`npm run coverage`).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL = '__app';
const coverage = process.argv.includes('--coverage');
const out = join(root, coverage ? 'build/coverage' : 'dist');

/** esbuild plugin: src/ TypeScript files go into the bundle instrumented for coverage. */
const instrumentSources = {
  name: 'istanbul',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const { instrumentTs } = (await import('./coverage-instrument.cjs')).default;
      return { contents: instrumentTs(readFileSync(path, 'utf8'), path), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/** The entry's export names, from a first ESM pass (an IIFE's metafile lists no exports). */
async function entryExports() {
  const probe = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: join(root, 'build/probe'),
    logLevel: 'silent',
  });
  const entry = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  return [...entry.exports].sort();
}

async function buildBundle() {
  const exportsList = await entryExports();
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    charset: 'utf8',
    minify: false,
    write: false,
    outfile: join(out, 'Code.js'),
    logLevel: 'warning',
    plugins: coverage ? [instrumentSources] : [],
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('Code.js')).text;
  const stubs = exportsList
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join('\n');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'Code.js'), `${code}
// Top-level entry points for Apps Script (generated from src/main.ts exports).
${stubs}
`);
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  await buildPages();
  return exportsList;
}

/**
 * The HtmlService pages: each src/ui/NAME.html gets its client script (src/ui/client, bundled
 * for the browser) and its style sheet inlined, so nothing is fetched at run time. The page
 * is an Apps Script template, so the inlined code must not contain a scriptlet tag.
 */
async function buildPages() {
  const ui = join(root, 'src/ui');
  const client = await build({
    entryPoints: [join(ui, 'client/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    minify: true,
    write: false,
    outfile: join(root, 'build/sidebar.js'),
    logLevel: 'warning',
  });
  const script = client.outputFiles[0].text.trim();
  const style = readFileSync(join(ui, 'sidebar.css'), 'utf8').trim();
  for (const [what, text] of [['script', script], ['style', style]]) {
    if (text.includes('<?') || /<\/(script|style)/i.test(text)) throw new Error(`build: the sidebar's inlined ${what} holds "<?" or a closing tag`);
  }
  for (const f of readdirSync(ui).filter((n) => n.endsWith('.html'))) {
    const page = readFileSync(join(ui, f), 'utf8').replace('/* inline:style */', () => style).replace('/* inline:script */', () => script);
    writeFileSync(join(out, f), page);
  }
}

/** The CLI, and the worker thread its large reads start (emulator/xlsx-stream-read.ts). */
async function buildCli() {
  await build({
    entryPoints: { cli: join(root, 'emulator/cli.ts'), 'xlsx-read-worker': join(root, 'emulator/xlsx-read-worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outdir: join(root, 'build'),
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
  });
}

const exportsList = await buildBundle();
if (!coverage && existsSync(join(root, 'emulator/cli.ts'))) await buildCli();
console.log(`${coverage ? 'build/coverage' : 'dist'}/Code.js: ${exportsList.length} entry points (${exportsList.join(', ')})`);
