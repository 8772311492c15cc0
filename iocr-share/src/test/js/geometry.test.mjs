// The transformation from the recognised image's pixel space to the rendered preview (IOCR.geometry), with known boxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const geometry = require('../../main/resources/META-INF/resources/iocr-share/components/recognition/iocr-geometry.js');

const invoicePage = { width: 1600, height: 1000 };

/** Equal to within 1e-9 on every key (the arithmetic is floating point). */
function assertRect(actual, expected) {
  assert.ok(actual, 'a rectangle');
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort());
  for (const k of Object.keys(expected)) {
    assert.ok(Math.abs(actual[k] - expected[k]) < 1e-9, `${k}: ${actual[k]} != ${expected[k]}`);
  }
}

test('a four-point box maps to its bounding rectangle', () => {
  assert.deepEqual(geometry.boundsOfLocation({ box: [[880, 40], [1040, 40], [1040, 70], [880, 70]], cbox: [0, 0, 1, 1] }),
    { x: 880, y: 40, width: 160, height: 30 });
});

test('a rotated box maps to the rectangle enclosing all four corners', () => {
  assert.deepEqual(geometry.boundsOfLocation({ box: [[100, 60], [200, 40], [210, 90], [110, 110]] }),
    { x: 100, y: 40, width: 110, height: 70 });
});

test('cbox [x, y, w, h] is used when there is no box, and a location with neither has no bounds', () => {
  assert.deepEqual(geometry.boundsOfLocation({ box: null, cbox: [10, 20, 30, 40] }), { x: 10, y: 20, width: 30, height: 40 });
  assert.equal(geometry.boundsOfLocation({ box: null, cbox: null }), null);
  assert.equal(geometry.boundsOfLocation(null), null);
});

test('page fractions do not depend on the rendered size', () => {
  assertRect(geometry.toPageFractions({ x: 880, y: 40, width: 160, height: 30 }, invoicePage),
    { left: 0.55, top: 0.04, width: 0.1, height: 0.03 });
});

test('the invoice number box lands where the page is drawn at 100% and 150% (PdfJs, 2 px per point)', () => {
  const box = { x: 1180, y: 88, width: 230, height: 34 };
  // scale 1.0: the 1600x1000 px page is an 800x500 pt page drawn at 800x500 CSS px
  assertRect(geometry.toRenderedRect(box, invoicePage, { width: 800, height: 500 }),
    { left: 590, top: 44, width: 115, height: 17 });
  // scale 1.5: 1200x750 CSS px
  assertRect(geometry.toRenderedRect(box, invoicePage, { width: 1200, height: 750 }),
    { left: 885, top: 66, width: 172.5, height: 25.5 });
});

test('each axis scales on its own when the rendered page is not proportional', () => {
  assertRect(geometry.toRenderedRect({ x: 500, y: 700, width: 100, height: 70 }, { width: 1000, height: 1400 }, { width: 250, height: 700 }),
    { left: 125, top: 350, width: 25, height: 35 });
});

test('a box reaching past the page edge is clipped, and one wholly outside is dropped', () => {
  assertRect(geometry.toPageFractions({ x: 1500, y: 950, width: 200, height: 100 }, invoicePage),
    { left: 0.9375, top: 0.95, width: 0.0625, height: 0.05 });
  assert.equal(geometry.toPageFractions({ x: 1700, y: 10, width: 20, height: 20 }, invoicePage), null);
});

test('without a page size there is no placement', () => {
  assert.equal(geometry.toPageFractions({ x: 1, y: 1, width: 1, height: 1 }, null), null);
  assert.equal(geometry.toPageFractions({ x: 1, y: 1, width: 1, height: 1 }, { width: 0, height: 10 }), null);
});

test('the template attribute formats parse back into pages and bounds', () => {
  assert.deepEqual(geometry.parseLocations('1:1180,88,1410,88,1410,122,1180,122|2:10,20,30,40|x:1|3:1,2'), [
    { page: 1, bounds: { x: 1180, y: 88, width: 230, height: 34 } },
    { page: 2, bounds: { x: 10, y: 20, width: 30, height: 40 } },
  ]);
  assert.deepEqual(geometry.parseLocations(null), []);
  assert.deepEqual(geometry.parsePageSizes('1:1600x1000 2:1000x1400'),
    { 1: { width: 1600, height: 1000 }, 2: { width: 1000, height: 1400 } });
  // a size the repository did not know (0) counts as missing
  assert.deepEqual(geometry.parsePageSizes('1:0x0 2:1000x1400'), { 2: { width: 1000, height: 1400 } });
});
