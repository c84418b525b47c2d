/**
 * write/csv-file: one CSV file written row by row through a stream, so memory
 * stays flat however many reports there are. UTF-8 with a BOM by default (so
 * Excel opens Chinese correctly), RFC 4180 quoting with CRLF line ends,
 * numbers unquoted, and formula-looking text defused (`escape_formulas`).
 * The file is written under a temporary name and renamed when complete.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs'
import { dirname } from 'node:path'
import { once } from 'node:events'
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
  return stringify(rows, STRINGIFY)
}

/** A CSV file could not be written (disk full, read-only folder): names the file and the cause. */
export class CsvWriteError extends Error {
  override name = 'CsvWriteError'
}

/** A CSV file being written. */
export class CsvFile {
  private readonly stream: WriteStream
  private readonly tmp: string
  private failure: CsvWriteError | null = null

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
    mkdirSync(dirname(path), { recursive: true })
    this.tmp = `${path}.tmp-${process.pid}`
    this.stream = createWriteStream(this.tmp)
    // A write error is kept and thrown by the next write or close, never left unhandled.
    this.stream.on('error', (e: NodeJS.ErrnoException) => {
      this.failure ??= new CsvWriteError(`cannot write ${this.path} (${e.code ?? e.message})`)
    })
    if (options.bom ?? true) this.stream.write('\uFEFF')
    this.stream.write(toCsv([[...header]]))
  }

  /** Appends rows, waiting when the stream asks to. */
  async write(rows: CsvRow[]): Promise<void> {
    if (this.failure) throw this.failure
    if (rows.length === 0) return
    if (!this.stream.write(toCsv(rows))) await this.settled('drain')
  }

  /** Waits for a stream event, or throws the write error that came instead. */
  private async settled(event: 'drain' | 'finish' | 'close'): Promise<void> {
    if (this.failure) throw this.failure
    try {
      await once(this.stream, event)
    } catch {
      // the 'error' listener has recorded it
    }
    if (this.failure) throw this.failure
  }

  /** Finishes the file and moves it into place. */
  async close(): Promise<void> {
    this.stream.end()
    await this.settled('finish')
    try {
      renameSync(this.tmp, this.path)
    } catch (e) {
      throw new CsvWriteError(`cannot write ${this.path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
  }

  /** Abandons the file (the previous one, if any, stays). */
  abort(): void {
    this.stream.destroy()
    rmSync(this.tmp, { force: true })
  }
}
