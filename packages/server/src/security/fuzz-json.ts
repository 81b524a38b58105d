/** Serializing fuzzed requests (not a test file itself): raw JSON fragments and percent-encoding of any text. */
import { Raw } from './fuzz-values';

/** JSON text of a draft body: `Raw` fragments as they are, keys such as `__proto__` as own properties. */
export function toJson(v: unknown): string {
  if (v instanceof Raw) return v.text;
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  const entries = Object.keys(v)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${toJson((v as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** Percent-encoding of any string; a lone surrogate becomes its (invalid) three UTF-8-style bytes. */
export function encodeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.charCodeAt(0);
    if (ch.length === 1 && u >= 0xd800 && u <= 0xdfff) {
      out += [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** A deep copy of a draft body keeping `Raw` fragments; objects without a prototype, so `__proto__` can be an own key. */
export function clone(v: unknown): unknown {
  if (v instanceof Raw || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(clone);
  const out: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(v)) out[k] = clone((v as Record<string, unknown>)[k]);
  return out;
}
