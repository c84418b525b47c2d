/**
 * pdf/rejections: pdf.js on a damaged file can leave a promise rejection
 * unhandled (XRefEntryException, ParserEOFException …), sometimes after the
 * document has been returned and destroyed. By default Node then kills the
 * process (in-process runs) or the worker thread — which by then may be
 * reading the NEXT file, so a valid report would be failed for another's
 * fault. Here every rejection that comes from pdf.js's code is caught and
 * charged to the documents being read at the time; a read stays open until
 * its late rejections have arrived (`settle`). Rejections from anywhere
 * else keep Node's default behaviour.
 */
import { dirname, sep } from 'node:path'
import { createRequire } from 'node:module'

/** Problems pdf.js reported through unhandled rejections while one document was read. */
export interface RejectionScope {
  messages: string[]
}

const open = new Set<RejectionScope>()
let root: string | null = null

function pdfjsRoot(): string {
  root ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')) + sep
  return root
}

/** True when the error was raised by pdf.js's own code. */
export function fromPdfJs(reason: unknown): boolean {
  if (!(reason instanceof Error) && !(reason && typeof reason === 'object' && 'stack' in reason)) return false
  const stack = String((reason as { stack?: unknown }).stack ?? '')
  return stack.includes(pdfjsRoot()) || stack.includes('pdfjs-dist')
}

function onRejection(reason: unknown): void {
  if (!fromPdfJs(reason)) {
    // Node's default for everything else: an uncaught error.
    process.nextTick(() => {
      throw reason
    })
    return
  }
  const e = reason as { name?: unknown; message?: unknown }
  const text = `${typeof e.name === 'string' && e.name !== 'Error' ? `${e.name}: ` : ''}${String(e.message ?? reason).split('\n')[0]}`
  for (const scope of open) if (!scope.messages.includes(text)) scope.messages.push(text)
  // None open: a rejection later than every settle; the document it belongs to is done, and no other is charged.
}

let installed = false

/** Opens a scope for one document (installs the process handler on first use). */
export function openScope(): RejectionScope {
  if (!installed) {
    process.on('unhandledRejection', onRejection)
    installed = true
  }
  const scope: RejectionScope = { messages: [] }
  open.add(scope)
  return scope
}

/** Lets pending rejections of the document's promises arrive, then closes its scope. */
export async function settle(scope: RejectionScope): Promise<string[]> {
  // Unhandled rejections are reported after the microtask queue drains; a few event-loop turns let the late ones in.
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r))
  open.delete(scope)
  return scope.messages
}
