/**
 * HTML building for the review pages: every text from a document is
 * untrusted and goes through `esc`; data for the page script goes through
 * `jsonForScript`, which cannot close its <script> element.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for an HTML text node or a quoted attribute value. */
export function esc(value: unknown): string {
  if (value === null || value === undefined) return ''
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/** JSON that is safe inside <script type="application/json">: <, >, & and line separators escaped. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A complete page: doctype, charset, title, the inline style sheet and body. */
export function page(opts: { lang: string; title: string; css: string; body: string; script?: string }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(opts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>${esc(opts.title)}</title>`,
    `<style>${opts.css}</style>`,
    '</head>',
    `<body>${opts.body}${opts.script ? `<script>${opts.script}</script>` : ''}</body>`,
    '</html>',
    '',
  ].join('\n')
}

/** A file name for a report id: the id when it is plain, else a safe transcription. */
export function pageName(id: string): string {
  return /^[A-Za-z0-9_-]{1,100}$/.test(id) ? `${id}.html` : `r-${Buffer.from(id).toString('hex').slice(0, 100)}.html`
}
