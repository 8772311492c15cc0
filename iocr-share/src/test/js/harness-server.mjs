// Test harness only: a loopback HTTP server standing in for Share for the browser tests.
//   /share/page/document-details?panel=NAME  harness/document-details.html with target/iocr-harness/panel-NAME.html inside
//   /share/res/...                           src/main/resources/META-INF/resources (the JAR's web resources)
//   /share/noauth/messages.js                Alfresco.messages.global from our global bundle (as Share's messages.js)
//   /share/service/components/iocr/recognition?...&fragment=body   the panel body (pending after a re-run, then done)
//   /share/proxy/alfresco/iocr/recognition/{store}/{id}/rerun      POST: recorded, answers 202
//   /harness/..., /generated/...             harness files and generated page images
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const moduleDir = path.resolve(here, '../../..');
export const harnessDir = process.env.IOCR_HARNESS_DIR || path.join(moduleDir, 'target/iocr-harness');
const resourcesDir = path.join(moduleDir, 'src/main/resources/META-INF/resources');
const testHarnessDir = path.join(moduleDir, 'src/test/resources/harness');
const globalBundle = path.join(moduleDir, 'src/main/resources/alfresco/web-extension/messages/iocr-share.properties');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css',
  '.png': 'image/png', '.json': 'application/json; charset=utf-8' };

/** Reads a .properties file (ISO-8859-1 with \uXXXX escapes; no continuation lines in our bundles). */
export function readProperties(file) {
  const result = {};
  for (const line of fs.readFileSync(file, 'latin1').split(/\r?\n/)) {
    if (!line.trim() || /^\s*[#!]/.test(line)) continue;
    const m = /^\s*([^=:\s]+)\s*[=:]\s?(.*)$/.exec(line);
    if (m) result[m[1]] = m[2].replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  }
  return result;
}

function sendFile(res, file) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
}

function inside(base, relative) {
  const file = path.resolve(base, '.' + path.sep + decodeURIComponent(relative));
  return file.startsWith(base) ? file : path.join(base, '__outside__');
}

export async function startHarnessServer() {
  const state = { posts: [], bodyRequests: 0, pendingBodies: 0 };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const p = url.pathname;
    if (p === '/share/page/document-details') {
      const panel = url.searchParams.get('panel') || 'invoice';
      const page = fs.readFileSync(path.join(testHarnessDir, 'document-details.html'), 'utf8')
        .replace('<!--IOCR-PANEL-->', fs.readFileSync(path.join(harnessDir, `panel-${panel}.html`), 'utf8'));
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Set-Cookie': 'Alfresco-CSRFToken=harness-token-4711; Path=/' });
      res.end(page);
    } else if (p === '/share/noauth/messages.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js'] });
      res.end(`Object.assign(Alfresco.messages.global, ${JSON.stringify(readProperties(globalBundle))});`);
    } else if (p.startsWith('/share/res/')) {
      sendFile(res, inside(resourcesDir, p.slice('/share/res/'.length)));
    } else if (p.startsWith('/harness/')) {
      sendFile(res, inside(testHarnessDir, p.slice('/harness/'.length)));
    } else if (p.startsWith('/generated/')) {
      sendFile(res, inside(harnessDir, p.slice('/generated/'.length)));
    } else if (p === '/share/service/components/iocr/recognition' && url.searchParams.get('fragment') === 'body') {
      state.bodyRequests++;
      // After a re-run the repository reports PENDING once, then the finished result.
      const pending = state.pendingBodies > 0;
      if (pending) state.pendingBodies--;
      sendFile(res, path.join(harnessDir, pending ? 'body-pending.html' : 'body-invoice.html'));
    } else if (req.method === 'POST' && /^\/share\/proxy\/alfresco\/iocr\/recognition\/[^/]+\/[^/]+\/[^/]+\/rerun$/.test(p)) {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        state.posts.push({ path: p, headers: req.headers, body });
        state.pendingBodies = 1;
        res.writeHead(202, { 'Content-Type': TYPES['.json'] });
        res.end(JSON.stringify({ status: 'PENDING', fields: [], canRerun: true }));
      });
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, state, close: () => new Promise((r) => server.close(r)) };
}
