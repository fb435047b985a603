// Prints the text of a PDF (path in argv[2]) as JSON {pages, text}, read back with Mozilla's PDF.js: the test's
// proof that a rendered PDF opens and says what it should. A child process, since PDF.js is an ES module.
import { readFileSync } from 'node:fs';

const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), disableFontFace: true, verbosity: 0 }).promise;
let text = '';
for (let i = 1; i <= pdf.numPages; i++) {
  const content = await (await pdf.getPage(i)).getTextContent();
  text += content.items.map((item) => item.str ?? '').join('') + '\n';
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text }));
