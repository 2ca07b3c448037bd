import { onFirstUse } from '../../on-first-use.js';

/** htmlparser2, needed only for saved pages. */
export const htmlParser = onFirstUse<Pick<typeof import('htmlparser2'), 'Parser'>>('htmlparser2');

// Page furniture around a report on a government site: navigation, scripts, headers and footers.
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'svg', 'template']);
const FURNITURE = /(?:^|[\s_-])(?:nav|menu|footer|header|breadcrumb|sidebar|share|toolbar|banner|copyright)(?:$|[\s_-])/i;
const BLOCKS = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'section', 'article', 'blockquote', 'pre', 'hr', 'dd', 'dt']);

/**
 * The text of a saved web page with its furniture left out: scripts, styles, navigation, headers,
 * footers and elements whose class or id says they are menus or footers. Block elements end lines;
 * entities are decoded. What comes out is the text the report's spans point into.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  const stack: boolean[] = [];
  const endLine = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  const parser = new (htmlParser.get().Parser)(
    {
      onopentag(name, attributes) {
        const skip = skipDepth > 0 || SKIPPED_TAGS.has(name) || FURNITURE.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`);
        if (name !== 'br' && name !== 'hr') stack.push(skip);
        if (skip && name !== 'br' && name !== 'hr') skipDepth++;
        if (BLOCKS.has(name)) endLine();
      },
      ontext(text) {
        if (skipDepth === 0) line += text.replace(/[\r\n\t]+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'br' || name === 'hr') return;
        if (stack.pop()) skipDepth--;
        if (BLOCKS.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return lines.join('\n\n');
}
