/** Diagnostic codes raised while reading an input file (text decoding, PDF parsing). */
import { defineCodes } from '../diagnostics/define.js'

export const sourceCodes = defineCodes({
  'read/not-found': { severity: 'error', doc: 'The path does not exist or cannot be read.' },
  'read/not-regular': { severity: 'error', doc: 'The path is a FIFO, a device or a socket, not a regular file: it is not opened.' },
  'read/empty': { severity: 'error', doc: 'The file is empty or holds only white space.' },
  'read/binary': { severity: 'error', doc: 'The file is neither text nor a PDF (binary content).' },
  'read/undecodable': { severity: 'error', doc: 'The text is not valid UTF-8, UTF-16, GB18030 or Big5 (or decodes only into garbled characters).' },
  'read/pdf-invalid': { severity: 'error', doc: 'The PDF is damaged or truncated and cannot be parsed.' },
  'read/pdf-encrypted': { severity: 'error', doc: 'The PDF is password-protected.' },
  'read/pdf-no-text': { severity: 'error', doc: 'The PDF has no text layer on any page (scanned): OCR is needed.' },
  'read/pdf-pages-without-text': { severity: 'warning', doc: 'Some pages have no text layer (scanned pages): OCR is needed for them.' },
  'read/pdf-page-failed': { severity: 'warning', doc: 'One page could not be read; it is treated as empty.' },
  'read/pdf-page-tree-loop': { severity: 'warning', doc: 'The page tree lists one of its own nodes again (it contains itself); the loop is cut and every page the tree lists is read.' },
  'read/pdf-damaged': { severity: 'warning', doc: 'pdf.js reported damage in the file\'s structure while reading it (bad cross-reference entries, early end of file); what could be read is kept.' },
  'read/pdf-graphics-failed': { severity: 'warning', doc: 'The vector graphics (ruling lines) of a page could not be read; its tables are read from text lines.' },
  'read/pdf-table-irregular': { severity: 'warning', doc: 'A ruled table is too irregular to form a grid (merged areas that are not rectangles); it is read from its text lines.' },
  'read/pdf-unavailable': { severity: 'error', doc: 'pdf.js could not be loaded (an installation problem, e.g. missing optional dependencies), so no PDF can be read.' },
  'read/ocr-no-text': { severity: 'error', doc: 'OCR found no text on any page or image (blank, or not a document).' },
  'read/ocr-pages-without-text': { severity: 'info', doc: 'Some pages have no text layer and OCR found no text on them (blank pages or pictures).' },
  'read/ocr-failed': { severity: 'warning', doc: 'OCR could not run on some pages (the engine failed to load or to read them); they are treated as empty.' },
  'read/image-invalid': { severity: 'error', doc: 'The image file cannot be decoded.' },
  'read/timeout': { severity: 'error', doc: 'Processing the file took longer than the per-file time limit.' },
})
