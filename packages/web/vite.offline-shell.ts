/**
 * Emits /sw.js from service-worker.js with the build's file list (every chunk, style, image and the
 * public files), and a version that changes whenever any of them changes: the browser then installs
 * the new shell in the background. Precompressed twins (.gz, .br) are the server's business.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

function publicFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = `${prefix}/${e.name}`;
    return e.isDirectory() ? publicFiles(path.join(dir, e.name), rel) : [rel];
  });
}

export function offlineShell(root: string): Plugin {
  return {
    name: 'gridwork-offline-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const built = Object.values(bundle).map((file) => {
        hash.update(file.fileName);
        hash.update(file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : Buffer.from(file.source));
        return `/${file.fileName}`;
      });
      const pub = publicFiles(path.join(root, 'public'));
      for (const f of pub) hash.update(fs.readFileSync(path.join(root, 'public', f)));
      const shell = ['/index.html', ...built.filter((f) => f !== '/index.html'), ...pub].sort();
      const source = fs
        .readFileSync(path.join(root, 'service-worker.js'), 'utf8')
        .replace('__VERSION__', hash.digest('hex').slice(0, 16))
        .replace('__SHELL__', JSON.stringify(shell));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
