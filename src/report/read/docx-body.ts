/**
 * The raw text of a Word document's body, as mammoth's extractRawText gives it (docx/body-reader.js,
 * raw-text.js): a paragraph's text and "\n\n", w:tab as a tab, text boxes after their paragraph,
 * deleted text, deleted rows and vertically merged cells left out. Read one body element at a time.
 *
 * What mammoth reads but does not turn into text is not read here: styles, numbering, notes and
 * comments (raw text leaves them out), fields (they make hyperlinks and checkboxes), images.
 */
import { onFirstUse } from '../../on-first-use.js';
import { first, type Keep, type XmlElement, type XmlNode } from './docx-xml.js';

/** Symbol fonts' characters in Unicode (mammoth's own table, for w:sym). */
const dingbats = onFirstUse<typeof import('dingbat-to-unicode')>('dingbat-to-unicode');

/** What mammoth's document model holds, as far as its text goes. */
type Node =
  | { type: 'text'; value: string }
  | { type: 'tab' | 'mark' }
  | { type: 'paragraph' | 'run' | 'table' | 'row'; children: Node[] }
  | { type: 'cell'; children: Node[]; colSpan: number; vMerge: boolean | null };

/** Nodes read, and text boxes (w:pict) on their way to the paragraph they follow. */
interface Read {
  value: Node[];
  extra: Node[];
}

const EMPTY: Read = { value: [], extra: [] };
const one = (node: Node): Read => ({ value: [node], extra: [] });

// Elements read for their children alone (body-reader.js's readChildElements, w:hyperlink's children).
const CONTAINERS = new Set([
  'w:hyperlink',
  'w:customXml',
  'w:ins',
  'w:moveFromRangeEnd',
  'w:moveFromRangeStart',
  'w:moveTo',
  'w:moveToRangeEnd',
  'w:moveToRangeStart',
  'w:object',
  'w:smartTag',
  'w:drawing',
  'v:roundrect',
  'v:shape',
  'v:textbox',
  'w:txbxContent',
  'v:group',
  'v:rect',
]);
// Elements that become a node without text: a break, a bookmark, a reference to a note or comment.
const MARKS = new Set(['w:br', 'w:bookmarkStart', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);
// Elements read only for their properties.
const PROPERTIES = new Set(['w:pPr', 'w:rPr', 'w:trPr', 'w:tcPr', 'w:sdtPr', 'wordml:checkbox']);
const KEPT: Record<string, Keep> = {
  'w:p': 'children',
  'w:r': 'children',
  'w:tbl': 'children',
  'w:tr': 'children',
  'w:tc': 'children',
  'w:sdt': 'children',
  'w:sdtContent': 'children',
  'w:pict': 'children',
  'mc:AlternateContent': 'children',
  'mc:Fallback': 'children',
  'w:t': 'text',
  'w:tab': 'bare',
  'w:noBreakHyphen': 'bare',
  'w:softHyphen': 'bare',
  'w:sym': 'bare',
  'w:del': 'bare',
  'w:gridSpan': 'bare',
  'w:vMerge': 'bare',
  'wordml:checked': 'bare',
};

/** What of document.xml to keep: what the reader below reads (the body alone under the root). */
export function keepInDocument(name: string, depth: number): Keep {
  if (depth === 1) return name === 'w:body' ? 'children' : undefined;
  if (CONTAINERS.has(name) || PROPERTIES.has(name)) return 'children';
  if (MARKS.has(name)) return 'bare';
  return KEPT[name];
}

/** mammoth's convertElementToRawText. */
function rawText(node: Node): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'tab') return '\t';
  if (!('children' in node)) return '';
  return node.children.map(rawText).join('') + (node.type === 'paragraph' ? '\n\n' : '');
}

const textOf = (element: XmlElement) => element.children.filter((c): c is string => typeof c === 'string').join('');

/** Reads body elements in order, keeping what a deleted paragraph passes on to the next one. */
export class BodyReader {
  // A paragraph marked deleted gives its contents to the next paragraph (ECMA-376 17.13.5.15).
  private deleted: XmlNode[] = [];

  /** The raw text of one element of the body (text boxes outside any paragraph are dropped, as mammoth drops them). */
  text(element: XmlElement): string {
    return this.read(element).value.map(rawText).join('');
  }

  private readAll(nodes: XmlNode[]): Read {
    const value: Node[] = [];
    const extra: Node[] = [];
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      // One at a time: a push of a spread list of a hundred thousand runs would overflow the stack.
      const read = this.read(node);
      for (const n of read.value) value.push(n);
      for (const n of read.extra) extra.push(n);
    }
    return { value, extra };
  }

  private read(element: XmlElement): Read {
    const { name } = element;
    if (CONTAINERS.has(name)) return this.readAll(element.children);
    if (MARKS.has(name)) return mark(element);
    switch (name) {
      case 'w:p':
        return this.paragraph(element);
      case 'w:r': {
        const { value, extra } = this.readAll(element.children);
        return { value: [{ type: 'run', children: value }], extra };
      }
      case 'w:t':
        return one({ type: 'text', value: textOf(element) });
      case 'w:tab':
        return one({ type: 'tab' });
      case 'w:noBreakHyphen':
        return one({ type: 'text', value: '\u2011' });
      case 'w:softHyphen':
        return one({ type: 'text', value: '\u00AD' });
      case 'w:sym':
        return symbol(element);
      case 'w:tbl':
        return this.table(element);
      case 'w:tr':
        return this.row(element);
      case 'w:tc':
        return this.cell(element);
      case 'w:sdt':
        return this.structured(element);
      case 'mc:AlternateContent':
        return this.readAll(first(element, 'mc:Fallback')?.children ?? []);
      case 'w:pict': {
        // A text box's contents go after the paragraph that holds it.
        const { value, extra } = this.readAll(element.children);
        return { value: [], extra: [...extra, ...value] };
      }
      default:
        return EMPTY;
    }
  }

  private paragraph(element: XmlElement): Read {
    if (first(first(first(element, 'w:pPr'), 'w:rPr'), 'w:del')) {
      for (const child of element.children) this.deleted.push(child);
      return EMPTY;
    }
    const children = this.deleted.length > 0 ? [...this.deleted, ...element.children] : element.children;
    this.deleted = [];
    const { value, extra } = this.readAll(children);
    return { value: [{ type: 'paragraph', children: value }, ...extra], extra: [] };
  }

  private table(element: XmlElement): Read {
    const { value, extra } = this.readAll(element.children);
    return { value: [{ type: 'table', children: mergeRows(value) }], extra };
  }

  private row(element: XmlElement): Read {
    // A deleted row (ECMA-376 17.13.5.12).
    if (first(first(element, 'w:trPr'), 'w:del')) return EMPTY;
    const { value, extra } = this.readAll(element.children);
    return { value: [{ type: 'row', children: value }], extra };
  }

  private cell(element: XmlElement): Read {
    const { value, extra } = this.readAll(element.children);
    const properties = first(element, 'w:tcPr');
    const gridSpan = first(properties, 'w:gridSpan')?.attributes['w:val'];
    const vMerge = first(properties, 'w:vMerge');
    const merged = vMerge ? vMerge.attributes['w:val'] === 'continue' || !vMerge.attributes['w:val'] : null;
    return { value: [{ type: 'cell', children: value, colSpan: gridSpan ? parseInt(gridSpan, 10) : 1, vMerge: merged }], extra };
  }

  /** A structured document tag: its content, a checkbox's character left out. */
  private structured(element: XmlElement): Read {
    const content = this.readAll(first(element, 'w:sdtContent')?.children ?? []);
    if (!first(first(element, 'w:sdtPr'), 'wordml:checkbox')) return content;
    // mammoth shows the checkbox in place of the first text that is not empty, or in place of everything.
    let replaced = false;
    const replace = (node: Node): Node => {
      if (node.type === 'text' && node.value.length > 0 && !replaced) {
        replaced = true;
        return { type: 'mark' };
      }
      return 'children' in node ? { ...node, children: node.children.map(replace) } : node;
    };
    const value = content.value.map(replace);
    return { value: replaced ? value : [{ type: 'mark' }], extra: content.extra };
  }
}

/** A break of a type mammoth knows, a bookmark other than Word's _GoBack, a reference: a node without text. */
function mark(element: XmlElement): Read {
  const { name, attributes } = element;
  if (name === 'w:bookmarkStart' && attributes['w:name'] === '_GoBack') return EMPTY;
  const type = attributes['w:type'];
  if (name === 'w:br' && type !== undefined && type !== 'textWrapping' && type !== 'page' && type !== 'column') return EMPTY;
  return one({ type: 'mark' });
}

/** A w:sym in a symbol font, as the Unicode character mammoth gives it, or nothing. */
function symbol(element: XmlElement): Read {
  const font = element.attributes['w:font'] ?? '';
  const char = element.attributes['w:char'] ?? '';
  const { hex } = dingbats.get();
  const unicode = hex(font, char) ?? (/^F0..$/.test(char) ? hex(font, char.slice(2)) : undefined);
  return unicode ? one({ type: 'text', value: unicode.string }) : EMPTY;
}

/**
 * Vertically merged cells left out, as mammoth's calculateRowSpans does when a table holds only rows
 * of cells: a cell continuing a merge from the cell above in its column.
 */
function mergeRows(rows: Node[]): Node[] {
  if (rows.some((r) => r.type !== 'row' || r.children.some((c) => c.type !== 'cell'))) return rows;
  const columns: Record<string, true> = {};
  return rows.map((row) => {
    if (row.type !== 'row') return row;
    let at = 0;
    const kept = row.children.filter((cell) => {
      if (cell.type !== 'cell') return true;
      const continues = Boolean(cell.vMerge) && columns[at] === true;
      if (!continues) columns[at] = true;
      at += cell.colSpan;
      return !continues;
    });
    return { ...row, children: kept };
  });
}
