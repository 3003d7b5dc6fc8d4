// Small helpers for reading SpreadsheetML as text: attribute values, entities, OOXML escapes.

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character and entity references, then OOXML's `_xHHHH_` escapes (for control characters). */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  const text = s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The value of attribute `name` (exact, any namespace prefix written as part of `name`) in a tag's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
  const at = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  if (!at) return undefined;
  return decodeXml(at[1] ?? at[2] ?? '');
}

/** An attribute whose local name is `local` whatever its prefix (r:id, x:id, ns1:id). */
export function prefixedAttr(attrs: string, local: string): string | undefined {
  const at = new RegExp(`(?:^|\\s)[A-Za-z_][\\w.-]*:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  if (!at) return undefined;
  return decodeXml(at[1] ?? at[2] ?? '');
}

/** Every start (or empty) tag with this local name, any prefix: its attribute text. */
export function* tags(xml: string, local: string): Generator<string> {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(\\s[^>]*?)?\\/?>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield m[1] ?? '';
}

/** The text of every `<t>` in a string item (`<si>` or `<is>`), leaving out phonetic runs. */
export function stringItemText(item: string): string {
  const body = item.indexOf('<rPh') >= 0 ? item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : item;
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1];
  return decodeXml(out);
}
