/**
 * bulk/progress: progress of a bulk run on stderr. On a terminal, a bar with
 * count, rate and ETA (cli-progress); otherwise (logs, CI) a plain line every
 * few seconds. The bar counts pages (each input weighs its estimated page
 * count, bulk/pages), so the rate and ETA hold for an archive of long
 * scanned reports as for one of short ones; the reports done are shown too.
 * Data never goes to stderr: only progress and problems do. cli-progress is
 * loaded only when a bar is drawn (a run whose stderr is not a terminal never
 * loads it).
 */
import { createRequire } from 'node:module'

type CliProgress = typeof import('cli-progress')

export interface Progress {
  /** one more input done, weighing `pages` (default 1) */
  tick(pages?: number): void
  /** prints a line above the bar (a failed file) */
  log(line: string): void
  stop(): void
}

export interface ProgressOptions {
  /** inputs to do */
  total: number
  /** pages of those inputs (default: one per input) */
  pages?: number
  stream?: NodeJS.WriteStream
  /** seconds between plain lines (non-TTY) */
  every?: number
}

/** Formats seconds as `1h02m`, `3m05s` or `12s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.round(seconds)
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${s}s`
}

/** Creates the progress display suited to the stream. */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr
  const pages = Math.max(options.pages ?? options.total, options.total)
  return stream.isTTY ? barProgress(options.total, pages, stream) : lineProgress(options.total, pages, stream, options.every ?? 5)
}

function barProgress(files: number, total: number, stream: NodeJS.WriteStream): Progress {
  const start = Date.now()
  const cliProgress = createRequire(import.meta.url)('cli-progress') as CliProgress
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: ' {bar} {value}/{total} pages | {files}/{totalFiles} reports | {rate} pages/s | ETA {eta_formatted}',
      etaBuffer: 50,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0, { rate: '0.0', files: 0, totalFiles: files })
  let done = 0
  let filesDone = 0
  return {
    tick(pages = 1) {
      done = Math.min(total, done + pages)
      filesDone++
      bar.update(done, { rate: (done / Math.max((Date.now() - start) / 1000, 0.001)).toFixed(1), files: filesDone, totalFiles: files })
    },
    log(line) {
      // Clear the bar's line, print, and let the next update redraw it.
      stream.write(`\r\x1b[K${line}\n`)
      bar.render()
    },
    stop() {
      bar.stop()
    },
  }
}

function lineProgress(files: number, total: number, stream: NodeJS.WriteStream, every: number): Progress {
  const start = Date.now()
  let last = start
  let done = 0
  let filesDone = 0
  const line = () => {
    const elapsed = (Date.now() - start) / 1000
    const rate = done / Math.max(elapsed, 0.001)
    const eta = rate > 0 ? (total - done) / rate : Infinity
    stream.write(`jixiao: ${done}/${total} pages, ${filesDone}/${files} reports, ${rate.toFixed(1)} pages/s, ETA ${formatDuration(eta)}\n`)
  }
  return {
    tick(pages = 1) {
      done = Math.min(total, done + pages)
      filesDone++
      const now = Date.now()
      if (now - last >= every * 1000 && filesDone < files) {
        last = now
        line()
      }
    },
    log(text) {
      stream.write(`${text}\n`)
    },
    stop() {},
  }
}
