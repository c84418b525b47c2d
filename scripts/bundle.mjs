/**
 * The build's second step (after tsc): bundles the command line and the bulk
 * worker with esbuild, so that each thread of a run loads a few files instead
 * of a module graph of ≈ 130 (the main thread) and ≈ 270 (a worker) files —
 * Node's ESM loader resolves, reads and links every module one by one, which
 * cost a one-file extract more than its report did.
 *
 * Writes dist/cli.js (over tsc's), dist/worker.js and their chunks,
 * dist/bundle-*.js. Every file lies directly in dist/, one level below the
 * package root, as src/package-root.ts expects. Commands and the in-process
 * pipeline stay dynamic imports (chunks loaded when they run). The rest of
 * tsc's output (dist/index.js, the library, and the modules it loads) is left
 * as it is.
 *
 * Bundled packages: the pure-ESM ones with many small modules (zod alone is
 * 95). Every other package stays an import resolved at run time: pdf.js (its
 * worker, cMaps and standard fonts are found from its package folder), the
 * native ones (canvas, onnxruntime, nodejieba), CommonJS ones.
 */
import { readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist')
const BUNDLED = new Set(['zod', 'xstate', 'csv-stringify'])

/** A bare import ('zod/v4/core', 'node:fs', '@napi-rs/canvas') → its package name. */
function packageOf(spec) {
  const parts = spec.split('/')
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/**
 * zod's `z.locales` (and `z.core.locales`) re-export the messages of 64 languages (≈ 300 KB that
 * each thread would parse); jixiao never switches zod's language, so the
 * bundles' `z.locales` holds English alone (English stays zod's default).
 */
const zodEnglishOnly = {
  name: 'jixiao-zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer) ? { path: join(dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: 'export { default as en } from "./en.js"\n', resolveDir: dirname(args.path), loader: 'js' }))
  },
}

const externals = {
  name: 'jixiao-externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true }))
  },
}

// chunks of an earlier build (their names change with their content)
for (const name of readdirSync(DIST)) if (/^bundle-.*\.js$/.test(name)) rmSync(join(DIST, name))

await build({
  absWorkingDir: ROOT,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/bulk/worker.ts' },
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // shared code and the modules imported dynamically (commands, the in-process pipeline)
  chunkNames: 'bundle-[name]-[hash]',
  // not minified: function names and lines stay readable in stack traces and profiles
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [zodEnglishOnly, externals],
})
