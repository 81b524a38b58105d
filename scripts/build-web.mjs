#!/usr/bin/env node
// Part of `npm start`: builds the web app when its build is missing or older than its sources.
// The server then runs its TypeScript directly through tsx (no separate server build step).
import { spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'packages/web');
const built = path.join(web, 'dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function webIsStale() {
  if (!fs.existsSync(built)) return true;
  // the pages' code, the public files (manifest, icons) and what makes the service worker
  const files = ['index.html', 'service-worker.js', 'vite.config.ts', 'vite.offline-shell.ts'];
  const sources = Math.max(
    newestMtime(path.join(web, 'src')),
    newestMtime(path.join(web, 'public')),
    ...files.map((f) => fs.statSync(path.join(web, f)).mtimeMs),
  );
  return sources > fs.statSync(built).mtimeMs;
}

if (process.env.GRIDWORK_SKIP_WEB_BUILD !== 'true' && webIsStale()) {
  console.log('gridwork: building the web app (first start only) ...');
  const r = spawnSync('npm', ['run', 'build', '-w', '@gridwork/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// also after a plain `npm run build` (vite empties dist/): the twins are made once per asset
if (fs.existsSync(built)) precompress(path.join(web, 'dist'));

/**
 * .gz and .br beside each text asset: the server sends them to browsers that accept them (poor signal).
 * A twin newer than its asset is kept.
 */
function precompress(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) precompress(p);
    else if (/\.(js|css|html|svg|json)$/.test(entry.name) && fs.statSync(p).size > 1024 && !twinIsFresh(p)) {
      const data = fs.readFileSync(p);
      fs.writeFileSync(`${p}.gz`, zlib.gzipSync(data, { level: 9 }));
      fs.writeFileSync(`${p}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
}

function twinIsFresh(p) {
  const br = `${p}.br`;
  return fs.existsSync(br) && fs.existsSync(`${p}.gz`) && fs.statSync(br).mtimeMs >= fs.statSync(p).mtimeMs;
}
