/**
 * bulk/discover: the command line's PATH... → the list of input files.
 * Folders are walked recursively for .pdf, .txt and image (.png, .jpg, .tif) files (hidden entries
 * skipped, symlink loops avoided); a file named on the command line is taken
 * whatever its extension. Other files met in folders (.doc, .docx, .html, …)
 * are listed as skipped with the reason. Paths that do not exist and folders
 * with no reports are problems, each with one clear reason; so are FIFOs,
 * devices and sockets, which are never opened.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { join } from 'node:path'

/** Extensions taken from folders (lower case). */
export const INPUT_EXTENSIONS = ['.pdf', '.txt', '.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const

export interface Problem {
  path: string
  reason: string
  code: string
}

export interface Discovery {
  /** input files, sorted by path, each once */
  files: string[]
  /** paths named on the command line that gave no input */
  problems: Problem[]
  /** files met in folders that jixiao does not read, sorted by path */
  skipped: { path: string; reason: string }[]
}

/** Why a file found in a folder is not read. */
function skipReason(name: string): string {
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : ''
  return `${ext ? `unsupported format (${ext})` : 'no file extension'}: jixiao reads ${INPUT_EXTENSIONS.join(' and ')} files from folders (name a file on the command line to read it anyway)`
}

function wanted(name: string): boolean {
  const lower = name.toLowerCase()
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext))
}

function walk(dir: string, seen: Set<string>, out: string[], skipped: Discovery['skipped']): void {
  let real: string
  try {
    real = realpathSync(dir)
  } catch {
    return
  }
  if (seen.has(real)) return
  seen.add(real)
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const path = join(dir, e.name)
    let isDir = e.isDirectory()
    let isFile = e.isFile()
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(path)
        isDir = st.isDirectory()
        isFile = st.isFile()
      } catch {
        continue
      }
    }
    if (isDir) walk(path, seen, out, skipped)
    else if (isFile && wanted(e.name)) out.push(path)
    else if (isFile) skipped.push({ path, reason: skipReason(e.name) })
  }
}

/**
 * Expands files and folders into input files.
 * @param paths as given on the command line
 */
export function discoverInputs(paths: readonly string[]): Discovery {
  const files = new Set<string>()
  const problems: Problem[] = []
  const skipped = new Map<string, string>()
  for (const path of paths) {
    let st
    try {
      st = statSync(path)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      problems.push({ path, code: 'read/not-found', reason: code === 'ENOENT' ? `${path} does not exist` : `${path} cannot be read (${code ?? 'error'})` })
      continue
    }
    if (st.isDirectory()) {
      const found: string[] = []
      const skip: Discovery['skipped'] = []
      walk(path, new Set(), found, skip)
      for (const s of skip) skipped.set(s.path, s.reason)
      if (found.length === 0) problems.push({ path, code: 'run/no-inputs', reason: `${path} holds no .pdf or .txt files` })
      for (const f of found) files.add(f)
    } else if (st.isFile()) {
      files.add(path)
    } else {
      // Reading a FIFO or a device would block or never end: refused before any hashing.
      problems.push({ path, code: 'read/not-regular', reason: `${path} is not a regular file (a FIFO, device or socket): not read` })
    }
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const skippedList = [...skipped].filter(([p]) => !files.has(p)).sort(([a], [b]) => byCodeUnit(a, b)).map(([path, reason]) => ({ path, reason }))
  return { files: [...files].sort(byCodeUnit), problems, skipped: skippedList }
}
