// `npm run pdf`: the whole course as one PDF, in sidebar order, printed by Chromium from the offline folder
// (npm run build:offline first). Headings become the PDF outline; pages are numbered in the footer.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('../dist-offline/', import.meta.url));
const output = process.argv[2] || 'course.pdf';
const home = pathToFileURL(`${folder}index.html`).href;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage();
await page.goto(home);
const chapters = await page
  .locator('nav.sidebar a[href]')
  .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));

const sections: string[] = [];
for (const url of chapters) {
  await page.goto(url);
  sections.push(
    await page.evaluate(() => {
      const title = document.querySelector('main h1')?.outerHTML ?? '';
      const body = document.querySelector('main .sl-markdown-content');
      body?.querySelector('.offline-notice')?.remove();
      return `<section class="print-chapter">${title}${body?.outerHTML ?? ''}</section>`;
    }),
  );
}

// One document: the first chapter's page (its stylesheets, print styles and theme) with every chapter in main.
const [first] = chapters;
if (!first) throw new Error(`no chapter links in the sidebar of ${home}`);
await page.goto(first);
await page.evaluate((html) => {
  const main = document.querySelector('main');
  if (!main) throw new Error('the chapter page has no <main>');
  main.innerHTML = html;
  const style = document.createElement('style');
  style.textContent =
    '.print-chapter + .print-chapter { break-before: page; } details { display: block; } details > * { display: block; }';
  document.head.append(style);
  document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
}, sections.join('\n'));
await page.emulateMedia({ media: 'print', colorScheme: 'light' });

const pdf = await page.pdf({
  format: 'A4',
  printBackground: true,
  outline: true,
  tagged: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="width:100%;font-size:9px;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
});
writeFileSync(output, pdf);
await browser.close();
console.log(`${output}: ${chapters.length} chapters, ${(pdf.length / 1024).toFixed(0)} KiB`);
