/**
 * The XML side of GeoReport v2: schemaless, no namespace, a UTF-8 declaration, elements only
 * (the spec's examples). Nested data is given as explicit `[name, value]` nodes so every list
 * names its items (`<services><service>…`, `<errors><error>…`).
 */
export type XmlValue = string | number | boolean | null | undefined | readonly XmlNode[];
export type XmlNode = readonly [name: string, value: XmlValue];

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF): dropped. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/** Text content, escaped; `\r` is kept as a character reference so parsers do not normalise it away. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"'\r]/g, (c) => ESCAPES[c]);
}

function render(node: XmlNode, depth: number, out: string[]): void {
  const [name, value] = node;
  if (!NAME.test(name)) throw new Error(`invalid XML element name: ${name}`);
  const pad = '  '.repeat(depth);
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    out.push(`${pad}<${name}/>`);
  } else if (Array.isArray(value)) {
    out.push(`${pad}<${name}>`);
    for (const child of value as readonly XmlNode[]) render(child, depth + 1, out);
    out.push(`${pad}</${name}>`);
  } else {
    out.push(`${pad}<${name}>${escapeXmlText(String(value))}</${name}>`);
  }
}

/** A whole document: the declaration, then the root element. */
export function xmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  render(root, 0, out);
  return `${out.join('\n')}\n`;
}

/** A flat record's fields as child nodes, in their key order. */
export function fieldsOf(record: Record<string, string | number | boolean | null | undefined>): XmlNode[] {
  return Object.entries(record).map(([k, v]) => [k, v] as const);
}

/** `<root><item>…</item>…</root>` from flat records: the spec's lists. */
export function xmlList(
  root: string,
  item: string,
  records: ReadonlyArray<Record<string, string | number | boolean | null | undefined>>,
): string {
  return xmlDocument([root, records.map((r) => [item, fieldsOf(r)] as const)]);
}
