/**
 * A bound on what a PDF's streams decode to, checked before pdf.js reads the file: pdf.js has no
 * limit of its own, so a 2 KB file of nested flate layers would have it decode a gigabyte.
 *
 * Every object that pdf.js could read as a stream is found: at every 'obj' of the file (pdf.js
 * rebuilds a broken cross-reference table by looking for them), and at every '<<' of a decoded
 * stream that holds the word 'stream' (pdf.js reads streams out of object streams too). Its
 * dictionary is read as pdf.js reads it (names with '#xx' escapes, abbreviated filter names, /F
 * before /Filter, dictionaries of any length), and its filters applied layer by layer as pdf.js
 * applies them, each output bounded; every layer of every stream counts towards one total. Where
 * pdf.js finds a stream's end by /Length, so does this; otherwise the data is taken to the end of
 * what holds it, which decodes to at least what pdf.js decodes. Image filters end the chain: text
 * extraction does not decode images.
 */
import { InputError } from './errors.js';
import { decoderOf, TooLarge } from './pdf-filters.js';
import { isKeyword, isRegular, Lexer, Parser, TooTangled, type PdfValue } from './pdf-syntax.js';

export const MAX_STREAM_BYTES = 64 * 1024 * 1024;
export const MAX_PDF_STREAM_BYTES = 256 * 1024 * 1024;

interface Stream {
  dictionary: Map<string, PdfValue>;
  data: Buffer;
  /** Whether the data ends where pdf.js ends it (by /Length), not at the end of what holds it. */
  exact: boolean;
}

/** Where a stream's data starts: after the line break that follows 'stream' (pdf.js's skipToNextLine). */
function dataStart(bytes: Buffer, at: number): number {
  for (; at < bytes.length; at++) {
    if (bytes[at] === 0x0d) return bytes[at + 1] === 0x0a ? at + 2 : at + 1;
    if (bytes[at] === 0x0a) return at + 1;
  }
  return bytes.length;
}

/** Where a stream's data ends when pdf.js ends it at its /Length ('endstream' follows there). */
function exactEnd(bytes: Buffer, start: number, length: PdfValue | undefined, budget: { bytes: number }): number | undefined {
  if (length?.kind !== 'number' || !length.plain || start + length.value > bytes.length) return undefined;
  return isKeyword(new Lexer(bytes, start + length.value, budget).next(), 'endstream') ? start + length.value : undefined;
}

/** After every 'obj' of the file: pdf.js reads objects where its cross-reference table, or its rebuilding of one, finds them. */
function* afterObj(bytes: Buffer): Generator<number> {
  for (let at = bytes.indexOf('obj'); at >= 0; at = bytes.indexOf('obj', at + 3)) {
    if (!isRegular(bytes[at - 1]) && !isRegular(bytes[at + 3])) yield at + 3;
  }
}

/** Every '<<' of a stream's contents: an object stream's objects start wherever its own table says. */
function* atDictionaries(bytes: Buffer): Generator<number> {
  for (let at = bytes.indexOf('<<'); at >= 0; at = bytes.indexOf('<<', at + 1)) yield at;
}

/** Every object starting at one of `starts` that pdf.js would read as a stream. */
function* streamsOf(bytes: Buffer, starts: Iterable<number>, budget: { bytes: number }): Generator<Stream> {
  for (const at of starts) {
    const parser = new Parser(new Lexer(bytes, at, budget));
    if (!isKeyword(parser.take(), '<<')) continue;
    const dictionary = parser.dictionaryRest();
    if (!isKeyword(parser.take(), 'stream')) continue;
    const start = dataStart(bytes, parser.position);
    const end = exactEnd(bytes, start, dictionary.entries.get('Length'), budget);
    yield { dictionary: dictionary.entries, data: bytes.subarray(start, end ?? bytes.length), exact: end !== undefined };
  }
}

interface Layer {
  name: string;
  parameters: PdfValue | undefined;
}

/** Why a stream cannot be checked, for the one-line refusal. */
class Unchecked extends Error {}

/** A stream's filters in the order pdf.js applies them, with their /DecodeParms. */
function layersOf(dictionary: Map<string, PdfValue>): Layer[] {
  const filter = dictionary.get('F') ?? dictionary.get('Filter');
  const parameters = dictionary.get('DP') ?? dictionary.get('DecodeParms');
  if (filter?.kind === 'ref') throw new Unchecked('a stream names its filters by an indirect reference');
  if (filter?.kind === 'name') return [{ name: filter.name, parameters }];
  if (filter?.kind !== 'array') return [];
  const layers: Layer[] = [];
  for (const [i, item] of filter.items.entries()) {
    if (item.kind === 'ref') throw new Unchecked('a stream names its filters by an indirect reference');
    // pdf.js refuses the whole stream for a filter that is not a name.
    if (item.kind !== 'name') return [];
    layers.push({ name: item.name, parameters: parameters?.kind === 'array' ? parameters.items[i] : undefined });
  }
  return layers;
}

/** LZW's /EarlyChange (1 unless told), which decides where its codes grow a bit. */
function earlyChangeOf(parameters: Map<string, PdfValue> | undefined): number {
  const value = parameters?.get('EarlyChange');
  if (value === undefined) return 1;
  if (value.kind !== 'number') throw new Unchecked('an LZW stream gives its /EarlyChange other than as a number');
  return value.value;
}

/** The parameters of a layer, refused where they matter and cannot be known here. */
function parametersOf(layer: Layer, last: boolean): Map<string, PdfValue> | undefined {
  const isLzw = layer.name === 'LZW' || layer.name === 'LZWDecode';
  if (layer.parameters?.kind === 'ref' && (isLzw || !last)) throw new Unchecked('a stream gives its /DecodeParms by an indirect reference');
  const parameters = layer.parameters?.kind === 'dict' ? layer.parameters.entries : undefined;
  const predictor = parameters?.get('Predictor');
  // A predictor never enlarges a stream, but the next filter would decode its output, which is not computed here.
  if (!last && predictor !== undefined && !(predictor.kind === 'number' && predictor.value <= 1)) {
    throw new Unchecked('a stream applies a predictor before another filter');
  }
  return parameters;
}

// pdf.js reads an object stream out of another one; real files do not nest them at all.
const MAX_NESTING = 8;

/** Throws an InputError naming the file when a stream, or all of them, would decode beyond the bounds. */
export async function checkPdfStreams(data: Uint8Array, file: string): Promise<void> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // Real files read each dictionary once or twice; reading beyond this is a construction.
  const budget = { bytes: 2 * bytes.length + (1 << 20) };
  let total = 0;

  const decode = async (stream: Stream): Promise<Uint8Array> => {
    const layers = layersOf(stream.dictionary);
    let decoded: Uint8Array = stream.data;
    for (const [i, layer] of layers.entries()) {
      const parameters = parametersOf(layer, i === layers.length - 1);
      const decoder = decoderOf(layer.name, () => earlyChangeOf(parameters));
      if (decoder === 'image') break;
      // pdf.js passes a stream through a filter it does not know.
      if (decoder === 'unknown') continue;
      const limit = Math.min(MAX_STREAM_BYTES, MAX_PDF_STREAM_BYTES - total);
      try {
        decoded = await decoder(decoded, limit);
      } catch (error) {
        if (!(error instanceof TooLarge)) throw error;
        if (limit < MAX_STREAM_BYTES) throw new InputError(file, `the PDF's streams inflate beyond ${MAX_PDF_STREAM_BYTES} bytes together: not a report`);
        const bomb = layer.name === 'Fl' || layer.name === 'FlateDecode' ? 'a flate bomb' : 'a decompression bomb';
        throw new InputError(file, `a stream of the PDF inflates beyond ${MAX_STREAM_BYTES} bytes: not a report (${bomb}?)`);
      }
      total += decoded.length;
    }
    return decoded;
  };

  const scan = async (source: Buffer, starts: Iterable<number>, nesting: number): Promise<void> => {
    for (const stream of streamsOf(source, starts, budget)) {
      const decoded = await decode(stream);
      // Unfiltered data whose end pdf.js finds by searching is taken to its first 'endstream'.
      const cut = decoded !== stream.data || stream.exact ? -1 : stream.data.indexOf('endstream');
      const contents = cut < 0 ? Buffer.from(decoded.buffer, decoded.byteOffset, decoded.length) : stream.data.subarray(0, cut);
      // pdf.js reads objects, streams among them, out of any stream its cross-reference table names an object stream.
      if (!contents.includes('stream')) continue;
      if (nesting >= MAX_NESTING) throw new TooTangled(`streams nest deeper than ${MAX_NESTING}`);
      budget.bytes += 2 * contents.length;
      await scan(contents, atDictionaries(contents), nesting + 1);
    }
  };

  try {
    await scan(bytes, afterObj(bytes), 0);
  } catch (error) {
    if (error instanceof Unchecked || error instanceof TooTangled) {
      throw new InputError(file, `${error.message}: what its streams decode to cannot be checked, so the PDF is not read`);
    }
    throw error;
  }
}
