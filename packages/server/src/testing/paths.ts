import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TMP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../.test-tmp');
export const PGLITE_TEMPLATE = path.join(TMP_DIR, 'pglite-template.tar');
