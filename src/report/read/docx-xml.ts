/**
 * The XML of a Word document's part, read as a stream of events (htmlparser2) into small trees of only
 * the elements a reader asks for, named as mammoth names them: by namespace, whatever the prefix.
 */
import { InputError } from './errors.js';
import { htmlParser } from './html.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * What is kept of an element: its kept children, its text (w:t), or only itself and its attributes.
 * An element kept as nothing is left out with everything inside it.
 */
export type Keep = 'children' | 'text' | 'bare' | undefined;

// mammoth's names for the namespaces (docx/office-xml-reader.js): an element is known by these.
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
// Word nests a text box's table inside a table of a text box some tens of elements deep. Deeper, the
// parser's stack (each open element shifted in at its front) costs time in the square of the depth,
// and the readers' recursion overflows: 200,000 nested elements took half a minute to fail.
const MAX_DEPTH = 512;

type Scope = Record<string, string>;

/** A qualified name as mammoth writes it: its namespace's prefix, `{uri}` for another namespace, or bare. */
function resolve(qualified: string, scope: Scope, isAttribute: boolean): string {
  const colon = qualified.indexOf(':');
  const prefix = colon < 0 ? '' : qualified.slice(0, colon);
  const local = qualified.slice(colon + 1);
  // An attribute without a prefix is in no namespace; an element without one is in the default namespace.
  if (colon < 0 && isAttribute) return local;
  const uri = prefix === 'xml' ? XML_NAMESPACE : scope[prefix];
  if (!uri) return local;
  const known = PREFIXES[uri];
  return known ? `${known}:${local}` : `{${uri}}${local}`;
}

/** The scope of an element: its parent's, with the namespaces it declares. */
function scopeOf(attributes: Record<string, string>, parent: Scope): Scope {
  let scope = parent;
  for (const name in attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    if (scope === parent) scope = Object.create(parent) as Scope;
    scope[name === 'xmlns' ? '' : name.slice(6)] = attributes[name]!;
  }
  return scope;
}

export interface XmlReader {
  /** What to keep of an element below the root (always kept), by its name and its depth (1 for the root's children). */
  keep(name: string, depth: number): Keep;
  /**
   * Called as each kept element closes, with its parent: true when the reader has taken it, so that
   * it is not added to the parent (how a document's body is read a paragraph at a time).
   */
  take?(element: XmlElement, parent: XmlElement): boolean;
}

interface Open {
  element: XmlElement;
  keep: Keep;
  scope: Scope;
}

/**
 * Reads XML given in pieces into the root element and what of it the reader kept. As mammoth does on
 * reading a part, an mc:AlternateContent is replaced by the children of its first mc:Fallback,
 * CDATA sections are left out and line ends are LF.
 */
export function readXml(pieces: Iterable<string>, reader: XmlReader, file: string): XmlElement | null {
  let root: XmlElement | null = null;
  const open: Open[] = [];
  let skipped = 0;
  let inCdata = false;
  const add = (element: XmlElement, parent: XmlElement) => {
    if (element.name === 'mc:AlternateContent') {
      const fallback = element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'mc:Fallback');
      for (const child of fallback?.children ?? []) if (typeof child !== 'string') add(child, parent);
    } else if (!reader.take?.(element, parent)) {
      parent.children.push(element);
    }
  };
  const parser = new (htmlParser.get().Parser)(
    {
      onopentag(qualified, attributes) {
        if (open.length + skipped >= MAX_DEPTH) throw new InputError(file, `cannot read the Word document (elements nested more than ${MAX_DEPTH} deep)`);
        if (skipped > 0) return void skipped++;
        const top = open.at(-1);
        const scope = scopeOf(attributes, top?.scope ?? {});
        const name = resolve(qualified, scope, false);
        const keep = top === undefined ? 'children' : top.keep === 'children' ? reader.keep(name, open.length) : undefined;
        if (keep === undefined) return void skipped++;
        const kept: Record<string, string> = {};
        if (keep === 'bare') for (const a in attributes) if (!a.startsWith('xmlns')) kept[resolve(a, scope, true)] = attributes[a]!;
        const element: XmlElement = { name, attributes: kept, children: [] };
        root ??= element;
        open.push({ element, keep, scope });
      },
      ontext(text) {
        const top = open.at(-1);
        if (skipped > 0 || inCdata || top?.keep !== 'text') return;
        const children = top.element.children;
        const last = children.length - 1;
        if (typeof children[last] === 'string') children[last] += text;
        else children.push(text);
      },
      oncdatastart: () => void (inCdata = true),
      oncdataend: () => void (inCdata = false),
      onclosetag() {
        if (skipped > 0) return void skipped--;
        const closed = open.pop()!;
        const parent = open.at(-1)?.element;
        if (parent) add(closed.element, parent);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  for (const piece of lineEnds(pieces)) parser.write(piece);
  parser.end();
  return root;
}

/** The pieces with CR LF and a lone CR as LF, as an XML parser reads line ends (a character reference to CR stays). */
function* lineEnds(pieces: Iterable<string>): Generator<string> {
  let carried = '';
  for (const piece of pieces) {
    let text = carried + piece;
    // A CR at the end of a piece may begin a CR LF that the next piece ends.
    carried = text.endsWith('\r') ? '\r' : '';
    if (carried) text = text.slice(0, -1);
    yield text.replace(/\r\n?/g, '\n');
  }
  if (carried) yield '\n';
}

/** The first child element of that name, as mammoth's `first`. */
export function first(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/**
 * Text pieces of UTF-8 bytes (a BOM dropped, as mammoth drops it), 32 KB at a time: pieces small
 * enough for V8's young generation, which frees them as soon as they are parsed.
 */
export function* utf8Pieces(bytes: Uint8Array, size = 32 * 1024): Generator<string> {
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < bytes.length; at += size) yield decoder.decode(bytes.subarray(at, at + size), { stream: true });
  yield decoder.decode();
}
