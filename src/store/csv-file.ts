/**
 * write/csv-file: one CSV file written row by row, so memory stays flat
 * however many reports there are. UTF-8 with a BOM by default (so Excel opens
 * Chinese correctly), RFC 4180 quoting with CRLF line ends, numbers unquoted,
 * and formula-looking text defused (`escape_formulas`). The file is written
 * under a temporary name and renamed when complete. Writes are buffered and
 * synchronous (a few large writes), so a caller can add rows from an event
 * handler without waiting. A failed write (disk full, read-only folder) is a
 * CsvWriteError naming the file and the cause.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { stringify, type Options } from 'csv-stringify/sync'
import type { CsvRow } from './csv-rows.js'

/** How CSV files are written. */
export interface CsvOptions {
  /** write the UTF-8 byte order mark first (default true) */
  bom?: boolean
  /**
   * indicators-wide.csv keeps the keys that at least this many reports have
   * (default 2; never more than the number of reports, so a one-report run
   * keeps its keys; 1 = every key)
   */
  wideMin?: number
}

// With CRLF record ends csv-stringify only quotes fields holding \r\n; a bare \n or \r
// must be quoted too (RFC 4180), and leading/trailing spaces are kept by quoting.
const STRINGIFY: Options = { escape_formulas: true, record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^\s|\s$/] }

/**
 * Turns rows into CSV text (no BOM): RFC 4180 quoting, CRLF, numbers as numbers.
 * @param rows arrays of cells
 */
export function toCsv(rows: CsvRow[]): string {
  return rows.length === 0 ? '' : stringify(rows, STRINGIFY)
}

/** A CSV file could not be written (disk full, read-only folder): names the file and the cause. */
export class CsvWriteError extends Error {
  override name = 'CsvWriteError'
}

/** Runs a file operation; a system error becomes a CsvWriteError naming `path`. */
function guarded<T>(path: string, op: () => T): T {
  try {
    return op()
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (!code) throw e
    throw new CsvWriteError(`cannot write ${path} (${code})`)
  }
}

/** Text buffered before a write to the file. */
const FLUSH_CHARS = 1 << 16

/** A text file written through a temporary name, in large buffered writes. */
export class BufferedFile {
  private readonly fd: number
  readonly tmp: string
  private buffer: string[] = []
  private size = 0

  constructor(readonly path: string) {
    this.tmp = `${path}.tmp-${process.pid}`
    this.fd = guarded(path, () => {
      mkdirSync(dirname(path), { recursive: true })
      return openSync(this.tmp, 'w')
    })
  }

  /** Appends text. */
  write(text: string): void {
    if (text.length === 0) return
    this.buffer.push(text)
    this.size += text.length
    if (this.size >= FLUSH_CHARS) this.flush()
  }

  private flush(): void {
    if (this.size === 0) return
    const text = this.buffer.join('')
    guarded(this.path, () => writeSync(this.fd, text))
    this.buffer = []
    this.size = 0
  }

  /** Finishes the file and moves it into place (or leaves it at `tmp` when `keepTemp`). */
  close(keepTemp = false): void {
    this.flush()
    guarded(this.path, () => {
      closeSync(this.fd)
      if (!keepTemp) renameSync(this.tmp, this.path)
    })
  }

  /** Moves a file closed with `keepTemp` into place. */
  commit(): void {
    guarded(this.path, () => renameSync(this.tmp, this.path))
  }

  /** Abandons the file (the previous one, if any, stays). */
  abort(): void {
    try {
      closeSync(this.fd)
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true })
  }
}

/** A CSV file being written. */
export class CsvFile {
  private readonly file: BufferedFile

  /**
   * Opens the file and writes the BOM and the header.
   * @param path final path
   * @param header column names
   * @param options BOM or not
   */
  constructor(
    readonly path: string,
    header: readonly string[],
    options: CsvOptions = {},
  ) {
    this.file = new BufferedFile(path)
    if (options.bom ?? true) this.file.write('\uFEFF')
    this.file.write(toCsv([[...header]]))
  }

  /** Appends rows. */
  write(rows: CsvRow[]): void {
    this.file.write(toCsv(rows))
  }

  /** Appends rows already turned into CSV text (by toCsv). */
  writeText(csv: string): void {
    this.file.write(csv)
  }

  /** Finishes the file and moves it into place (or leaves it under its temporary name when `keepTemp`). */
  close(keepTemp = false): void {
    this.file.close(keepTemp)
  }

  /** Moves a file closed with `keepTemp` into place. */
  commit(): void {
    this.file.commit()
  }

  /** Abandons the file (the previous one, if any, stays). */
  abort(): void {
    this.file.abort()
  }
}
