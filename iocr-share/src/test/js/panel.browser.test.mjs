// The recognition panel and the preview boxes in real headless Chromium (Debian's chromium, driven by
// playwright-core; never a downloaded browser). The harness page holds the panel exactly as our FreeMarker
// template rendered it (target/iocr-harness, written by BrowserHarnessFragmentsTest), the real client scripts from
// src/main/resources, and stand-ins for Share's globals and preview plugins (src/test/resources/harness).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHarnessServer, harnessDir, moduleDir } from './harness-server.mjs';

const CHROMIUM = process.env.IOCR_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];
const recognition = JSON.parse(fs.readFileSync(path.join(moduleDir, 'src/test/resources/harness/recognition-vat-invoice.json'), 'utf8'));
const XSS = '<img src=x onerror="window.iocrXss=1">&amp;"\'';

/** Where each located field must be, computed here from the API data (independently of IOCR.geometry). */
const expected = recognition.fields.flatMap((f) => (f.locations || []).filter((l) => l.box).map((l) => {
  const xs = l.box.map((p) => p[0]), ys = l.box.map((p) => p[1]);
  const size = recognition.pages.find((p) => p.page === l.page);
  return { id: f.id, page: l.page, left: Math.min(...xs) / size.width, top: Math.min(...ys) / size.height,
    width: (Math.max(...xs) - Math.min(...xs)) / size.width, height: (Math.max(...ys) - Math.min(...ys)) / size.height };
}));

let server, browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(harnessDir, 'panel-invoice.html')),
    'run through Maven (mvn verify): the surefire tests render the panel fragments first');
  server = await startHarnessServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  // The "scanned" pages, drawn from the recognition result so every value is printed inside its box.
  const page = await browser.newPage();
  await page.goto(`${server.url}/harness/blank.html`);
  await page.addScriptTag({ url: `${server.url}/harness/draw-pages.js` });
  const images = await page.evaluate((r) => window.drawPages(r), recognition);
  images.forEach((dataUrl, i) =>
    fs.writeFileSync(path.join(harnessDir, `page-${i + 1}.png`), Buffer.from(dataUrl.split(',')[1], 'base64')));
  await page.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDetails(query = '', waitFor = '.iocr-overlay .iocr-box') {
  const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  page.scriptErrors = [];
  page.on('pageerror', (e) => page.scriptErrors.push(String(e)));
  await page.goto(`${server.url}/share/page/document-details?${query}`);
  await page.evaluate(() => window.harness.preview.ready);
  await page.waitForSelector(waitFor);
  return page;
}

/** Every drawn box with its page-relative position, measured against the rendered page (PdfJs container or img). */
function measure(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('.iocr-overlay .iocr-box')).map((box) => {
    const layer = box.parentNode;
    const pageNumber = Number(layer.getAttribute('data-iocr-page'));
    const img = layer.parentNode.querySelector(':scope > img');
    let origin, width, height;
    if (img) {
      origin = img.getBoundingClientRect();
      width = origin.width; height = origin.height;
    } else {
      const c = layer.parentNode, r = c.getBoundingClientRect();
      origin = { left: r.left + c.clientLeft, top: r.top + c.clientTop };
      width = c.clientWidth; height = c.clientHeight;
    }
    const b = box.getBoundingClientRect();
    return { id: box.getAttribute('data-iocr-field'), page: pageNumber, pageWidth: width, pageHeight: height,
      left: b.left - origin.left, top: b.top - origin.top, width: b.width, height: b.height };
  }));
}

function assertAligned(boxes, pages) {
  const want = expected.filter((e) => pages.includes(e.page));
  assert.equal(boxes.length, want.length, 'one box per located field on the shown pages');
  for (const e of want) {
    const b = boxes.find((x) => x.id === e.id && x.page === e.page);
    assert.ok(b, `box of ${e.id} on page ${e.page}`);
    for (const [k, size] of [['left', 'pageWidth'], ['width', 'pageWidth'], ['top', 'pageHeight'], ['height', 'pageHeight']]) {
      assert.ok(Math.abs(b[k] - e[k] * b[size]) <= 0.75, `${e.id} ${k}: ${b[k]} px, expected ${e[k] * b[size]} px`);
    }
  }
}

describe('boxes over the PdfJs preview', () => {
  it('are aligned with every located field on both pages at 100% and at 150% zoom', async () => {
    const page = await openDetails();
    const at100 = await measure(page);
    assertAligned(at100, [1, 2]);
    assert.equal(at100.find((b) => b.page === 1).pageWidth, 800, 'page 1 drawn at 800 px (800 pt x 1.0)');

    await page.evaluate(() => window.harness.preview.setScale(1.5));
    const at150 = await measure(page);
    assertAligned(at150, [1, 2]);
    assert.equal(at150.find((b) => b.page === 1).pageWidth, 1200, 'page 1 drawn at 1200 px after zooming');
    const number100 = at100.find((b) => b.id === 'iocr:invoiceNumber'), number150 = at150.find((b) => b.id === 'iocr:invoiceNumber');
    assert.ok(Math.abs(number150.width / number100.width - 1.5) < 0.01, 'the box grew with the page');
    await done(page);
  });

  it('puts a page-2 field on page 2 at its position there', async () => {
    const page = await openDetails();
    const plate = (await measure(page)).filter((b) => b.id === 'iocr:extracted[0]');
    assert.equal(plate.length, 1);
    assert.equal(plate[0].page, 2);
    // 车号 at x 360..660, y 260..304 of a 1000 x 1400 px page drawn at 500 x 700 px
    assert.ok(Math.abs(plate[0].left - 180) <= 0.75 && Math.abs(plate[0].top - 130) <= 0.75, JSON.stringify(plate[0]));
    assert.ok(Math.abs(plate[0].width - 150) <= 0.75 && Math.abs(plate[0].height - 22) <= 0.75, JSON.stringify(plate[0]));
    await done(page);
  });

  it('lists a field without a box in the panel and draws nothing for it', async () => {
    const page = await openDetails();
    assert.equal(await page.locator('.iocr-box[data-iocr-field="iocr:totalInWords"]').count(), 0);
    const row = page.locator('.iocr-field[data-iocr-field="iocr:totalInWords"]');
    assert.equal(await row.locator('.iocr-field-value').textContent(), '叁佰陆拾圆整');
    assert.equal(await row.locator('.iocr-field-nobox').textContent(), 'No position on the page');
    await done(page);
  });

  it('highlights the box of a hovered field and scrolls the viewer to it', async () => {
    const page = await openDetails();
    const viewer = page.locator('.previewer .viewer');
    const box = page.locator('.iocr-box[data-iocr-field="iocr:extracted[7]"]');
    assert.equal(await isInside(box, viewer), false, 'the page-2 total starts out of view');

    await page.hover('.iocr-field[data-iocr-field="iocr:extracted[7]"]');
    await page.waitForFunction(() => document.querySelector('.iocr-box[data-iocr-field="iocr:extracted[7]"]').classList.contains('iocr-box-active'));
    assert.equal(await isInside(box, viewer), true, 'scrolled into the viewer');
    assert.equal(await page.locator('.iocr-box.iocr-box-active').count(), 1, 'only that box is highlighted');
    await done(page);
  });

  it('selects the field of a clicked box, and a clicked field highlights its box', async () => {
    const page = await openDetails();
    await page.click('.iocr-box[data-iocr-field="iocr:invoiceNumber"]');
    const row = page.locator('.iocr-field[data-iocr-field="iocr:invoiceNumber"]');
    assert.match(await row.getAttribute('class'), /iocr-field-active/);
    assert.equal(await row.getAttribute('aria-current'), 'true');

    await page.click('.iocr-field[data-iocr-field="iocr:sellerTaxId"]');
    assert.match(await page.locator('.iocr-box[data-iocr-field="iocr:sellerTaxId"]').getAttribute('class'), /iocr-box-active/);
    assert.doesNotMatch(await row.getAttribute('class'), /iocr-field-active/);
    await page.mouse.move(5, 5); // leaving the panel keeps the selection highlighted
    assert.equal(await page.locator('.iocr-box.iocr-box-active').getAttribute('data-iocr-field'), 'iocr:sellerTaxId');
    await done(page);
  });

  it('selects a field from the keyboard', async () => {
    const page = await openDetails();
    await page.focus('.iocr-field[data-iocr-field="iocr:invoiceDate"]');
    await page.keyboard.press('Enter');
    assert.match(await page.locator('.iocr-field[data-iocr-field="iocr:invoiceDate"]').getAttribute('class'), /iocr-field-active/);
    assert.equal(await page.locator('.iocr-box.iocr-box-active').getAttribute('data-iocr-field'), 'iocr:invoiceDate');
    await done(page);
  });

  it('draws the boxes again when the viewer is rebuilt', async () => {
    const page = await openDetails();
    const before = (await measure(page)).length;
    await page.evaluate(() => window.harness.preview.rebuild());
    await page.waitForSelector('.iocr-overlay .iocr-box');
    assertAligned(await measure(page), [1, 2]);
    assert.equal((await measure(page)).length, before);
    await done(page);
  });
});

describe('boxes over the Image preview', () => {
  it('are aligned over the image as Share scales it to the column, and when it is shown smaller', async () => {
    const page = await openDetails('preview=image');
    const fitted = await measure(page);
    assertAligned(fitted, [1]);
    assert.ok(fitted[0].pageWidth < 1600, `the 1600 px image is scaled down to the column (${fitted[0].pageWidth} px)`);

    await page.evaluate(() => { document.querySelector('.previewer.Image > img').style.width = '640px'; });
    await page.waitForFunction(() => document.querySelector('.previewer.Image > .iocr-overlay').style.width === '640px');
    const small = await measure(page);
    assertAligned(small, [1]);
    assert.equal(small[0].pageWidth, 640);
    await done(page);
  });
});

describe('page sizes missing from the result', () => {
  it('an image falls back to its natural size', async () => {
    const page = await openDetails('panel=invoice-nopages&preview=image');
    // the page images are drawn at the recognised size, so the natural size is the right space here
    assertAligned(await measure(page), [1]);
    await done(page);
  });

  it('a PdfJs page gets no boxes rather than misplaced ones, and the fields are still listed', async () => {
    const page = await openDetails('panel=invoice-nopages', '.iocr-overlay');
    assert.equal(await page.locator('.iocr-box').count(), 0);
    assert.equal(await page.locator('.iocr-field').count(), recognition.fields.length);
    await done(page);
  });
});

describe("the repository's own answer for the seed example (all boxes null)", () => {
  it('lists every field, draws no box, and selecting a field does no harm', async () => {
    const page = await openDetails('panel=seed-repository&preview=image', '.iocr-overlay');
    assert.equal(await page.locator('.iocr-box').count(), 0);
    assert.equal(await page.locator('.iocr-field').count(), 18);
    await page.click('.iocr-field[data-iocr-field="iocr:invoiceNumber"]');
    assert.match(await page.locator('.iocr-field[data-iocr-field="iocr:invoiceNumber"]').getAttribute('class'), /iocr-field-active/);
    await done(page);
  });
});

describe('escaping', () => {
  it('shows an XSS payload in a recognised value, label, warning and error as text', async () => {
    const page = await openDetails('panel=xss');
    assert.equal(await page.evaluate(() => window.iocrXss), undefined, 'no script ran');
    assert.equal(await page.locator('.iocr-recognition img').count(), 0, 'no element was injected');
    const row = page.locator('.iocr-field[data-iocr-field="iocr:sellerName"]');
    assert.equal(await row.locator('.iocr-field-value').textContent(), XSS);
    assert.equal(await page.locator('.iocr-field[data-iocr-field="iocr:buyerName"] .iocr-field-label').textContent(), XSS);
    assert.equal(await page.locator('.iocr-error-message').textContent(), XSS);

    await page.hover('.iocr-field[data-iocr-field="iocr:sellerName"]');
    assert.equal(await page.locator('.iocr-box[data-iocr-field="iocr:sellerName"]').getAttribute('title'), `Seller name: ${XSS}`);
    assert.equal(await page.evaluate(() => window.iocrXss), undefined);
    await done(page);
  });
});

describe('re-run', () => {
  it('posts with the CSRF token, shows the queued state, then the new result', async () => {
    const page = await openDetails();
    const boxes = (await measure(page)).length;
    await page.click('.iocr-rerun');
    await page.waitForSelector('[data-iocr-status="PENDING"]');

    const post = server.state.posts.at(-1);
    assert.equal(post.path, '/share/proxy/alfresco/iocr/recognition/workspace/SpacesStore/5f0c2d7e-1b64-4a8e-9c6b-0d2f4c1a9e11/rerun');
    assert.equal(post.headers['alfresco-csrftoken'], 'harness-token-4711');
    assert.deepEqual(JSON.parse(post.body), { force: true });
    assert.equal(await page.locator('.iocr-progress .iocr-step-current').textContent(), 'Queued');
    assert.ok((await page.evaluate(() => window.harness.messages)).includes('Recognition queued.'));

    // polling picks up the finished recognition, tells the Properties panel and draws the boxes again
    await page.waitForSelector('[data-iocr-status="SUCCEEDED"]', { timeout: 15000 });
    assert.ok((await page.evaluate(() => window.harness.fired)).includes('metadataRefresh'));
    await page.waitForSelector('.iocr-overlay .iocr-box');
    assert.equal((await measure(page)).length, boxes);
    await done(page);
  });

  it('runs from the document library action with the CSRF token and reports by the document name', async () => {
    const page = await openDetails();
    const posts = server.state.posts.length;
    await page.evaluate(() => window.harness.actions.onActionIocrRerunRecognition.call({},
      { nodeRef: 'workspace://SpacesStore/0b7a1c2e-invoice', displayName: 'invoice-07285251.pdf' }));
    await page.waitForFunction(() => window.harness.messages.length > 0);
    assert.equal(server.state.posts.length, posts + 1);
    const post = server.state.posts.at(-1);
    assert.equal(post.path, '/share/proxy/alfresco/iocr/recognition/workspace/SpacesStore/0b7a1c2e-invoice/rerun');
    assert.equal(post.headers['alfresco-csrftoken'], 'harness-token-4711');
    assert.deepEqual(await page.evaluate(() => window.harness.messages), ['Recognition of "invoice-07285251.pdf" queued.']);
    await done(page);
  });
});

describe('screenshots for review', () => {
  for (const [panel, file] of [['invoice', 'iocr-share-recognition-panel.png'], ['invoice-zh_CN', 'iocr-share-recognition-panel-zh_CN.png']]) {
    it(`saves target/${file}`, async () => {
      const page = await openDetails(`panel=${panel}`);
      await page.click('.iocr-field[data-iocr-field="iocr:totalAmount"]');
      await page.hover('.iocr-field[data-iocr-field="iocr:totalAmount"]');
      const target = path.join(moduleDir, 'target', file);
      await page.screenshot({ path: target, fullPage: true });
      assert.ok(fs.statSync(target).size > 10000);
      await done(page);
    });
  }
});

/** Closes a harness page, failing the test if any script on it threw. */
async function done(page) {
  const errors = page.scriptErrors;
  await page.close();
  assert.deepEqual(errors, [], 'no script error on the page');
}

async function isInside(inner, outer) {
  const a = await inner.boundingBox(), b = await outer.boundingBox();
  return a.y >= b.y && a.y + a.height <= b.y + b.height && a.x >= b.x && a.x + a.width <= b.x + b.width;
}
