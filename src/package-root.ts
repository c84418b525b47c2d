/**
 * Where jixiao's package lies: the folder above this module's, which is the
 * package root from src/ (tests, tsx), from dist/ (tsc's output) and from the
 * bundles esbuild writes into dist/ (scripts/bundle.mjs keeps every bundle
 * file directly in dist/, so this module's code is one level down wherever
 * it lands). Files found from here: package.json and grammars/.
 */
import { fileURLToPath } from 'node:url'

/** The package root folder (holds package.json and grammars/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url))

/** grammars/ at the package root. */
export const GRAMMAR_DIR = fileURLToPath(new URL('../grammars', import.meta.url))
