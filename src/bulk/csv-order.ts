/**
 * bulk/csv-order: puts reports' CSV rows into the run's CSV files in output
 * (path) order as results arrive from the workers in any order. A result that
 * comes early waits in memory until the ones before it are in (with a few
 * workers, a handful); a record kept from an earlier run (--resume) is read
 * from disk when its turn comes. Whatever the number of workers, the files
 * are the same bytes.
 */
import { CsvWriter, csvParts, type CsvParts } from '../store/csv.js'
import type { CsvOptions } from '../store/csv-file.js'
import { readRecord, recordPath } from '../store/record.js'

/** One ok report of the output, in order: processed in this run, or a record already on disk. */
export type CsvSlot = { kind: 'todo' } | { kind: 'resumed'; id: string }

export class OrderedCsv {
  private readonly writer: CsvWriter
  private readonly ready = new Map<number, CsvParts | null>()
  private next = 0

  /**
   * @param outDir the output folder
   * @param slots every report that may get rows, in output order
   * @param options BOM or not
   */
  constructor(
    private readonly outDir: string,
    private readonly slots: readonly CsvSlot[],
    options: CsvOptions = {},
  ) {
    this.writer = new CsvWriter(outDir, options)
  }

  /** The outcome of slot `index`: its rows, or null when it gave none (failed). */
  settle(index: number, parts: CsvParts | null): void {
    this.ready.set(index, parts)
    this.drain(false)
  }

  private drain(final: boolean): void {
    while (this.next < this.slots.length) {
      const slot = this.slots[this.next]!
      if (slot.kind === 'resumed') {
        this.writer.add(csvParts(readRecord(recordPath(this.outDir, slot.id))))
      } else if (this.ready.has(this.next)) {
        const parts = this.ready.get(this.next)!
        this.ready.delete(this.next)
        if (parts) this.writer.add(parts)
      } else if (!final) {
        return
      }
      this.next++
    }
  }

  /** Writes what is left (slots never settled — an interrupted run — get no rows) and closes the files. */
  finish(): void {
    this.prepare()()
  }

  /** Like finish, but the files stay under their temporary names until the returned function runs. */
  prepare(): () => void {
    this.drain(true)
    return this.writer.prepare()
  }

  /** Abandons the files. */
  abort(): void {
    this.writer.abort()
  }
}
