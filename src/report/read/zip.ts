/**
 * A Word document's zip members, within a bound on what they may inflate to: the sizes all members
 * declare are checked first, then the bytes each member read actually inflates to, the inflation
 * stopped at the bound. A zip bomb (a 200 MB member of zeros in a 200 KB file) is refused in a moment
 * instead of exhausting memory.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from './errors.js';

/** The most one member, and all members together, may inflate to: a long report's document.xml is a few MB. */
export const MAX_MEMBER_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 128 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// The end record is at most 22 bytes plus a 64 KB comment from the end.
const EOCD_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;

interface Member {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  offset: number;
}

function members(bytes: Buffer, file: string): Member[] {
  const from = Math.max(0, bytes.length - EOCD_SEARCH);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new InputError(file, 'not a complete Word document (no zip directory found)');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out: Member[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new InputError(file, 'a damaged Word document (its zip directory is broken)');
    const nameLength = bytes.readUInt16LE(at + 28);
    out.push({
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      declared: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return out;
}

/** Where a member's compressed bytes lie, from its local header. */
function bodyOf(bytes: Buffer, m: Member, file: string): Buffer {
  const at = m.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new InputError(file, 'a damaged Word document (a member is missing)');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return bytes.subarray(start, start + m.compressed);
}

const tooBig = (file: string, name: string) => new InputError(file, `${name} inflates beyond ${MAX_MEMBER_BYTES} bytes: not a report (a zip bomb?)`);

/** The members of a Word document: whether one is there, and its bytes. */
export interface Zip {
  has(name: string): boolean;
  /** The member's bytes, inflated within the bound (an InputError naming the file beyond it). */
  read(name: string): Buffer;
}

/**
 * A zip's members by name (where a name repeats, the last), after the sizes they declare are checked
 * against the bounds. Only the members read are inflated, each stopped at the bound: the declared
 * size may lie.
 */
export function openZip(data: Uint8Array, file: string): Zip {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const all = members(bytes, file);
  let total = 0;
  for (const m of all) {
    // 0xFFFFFFFF: a ZIP64 size, far beyond any report.
    if (m.declared > MAX_MEMBER_BYTES) throw tooBig(file, m.name);
    total += m.declared;
    if (total > MAX_TOTAL_BYTES) throw new InputError(file, `its members inflate beyond ${MAX_TOTAL_BYTES} bytes together: not a report (a zip bomb?)`);
  }
  const byName = new Map(all.map((m) => [m.name, m]));
  return {
    has: (name) => byName.has(name),
    read(name) {
      const m = byName.get(name);
      if (!m) throw new InputError(file, `a damaged Word document (no ${name})`);
      const body = bodyOf(bytes, m, file);
      if (m.method === STORED) return body;
      if (m.method !== DEFLATED) throw new InputError(file, `a damaged Word document (${name} is compressed in a way Word does not use)`);
      try {
        return inflateRawSync(body, { maxOutputLength: MAX_MEMBER_BYTES });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooBig(file, name);
        throw new InputError(file, `a damaged Word document (${name} cannot be inflated)`);
      }
    },
  };
}
