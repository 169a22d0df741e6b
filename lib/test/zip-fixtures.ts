/**
 * Tests only: a minimal zip writer that can lie (declared sizes, methods, flags, zip64 fields), and
 * the outside probe's zip bomb (../shared/reviews/security.md, F1) rebuilt byte for byte in kind.
 */
import { createDeflateRaw, deflateRawSync } from "node:zlib";

export interface FixtureEntry {
  name: string;
  /** The entry's bytes as stored: deflated here unless `method` is 0 or `deflated` is set. */
  data: Buffer;
  method?: 0 | 8;
  /** `data` is already a raw deflate stream. */
  deflated?: boolean;
  /** The uncompressed size the headers claim. */
  declared?: number;
  flags?: number;
  /** Sizes in a zip64 extra field, as Python's zipfile writes with force_zip64. */
  zip64?: boolean;
}

export function zipOf(entries: FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = method === 8 && !e.deflated ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    const declared = e.declared ?? e.data.length;
    const extra = Buffer.alloc(e.zip64 ? 20 : 0);
    if (e.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(declared), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const size32 = (n: number) => (e.zip64 ? 0xffffffff : n);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(size32(body.length), 18);
    local.writeUInt32LE(size32(declared), 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(size32(body.length), 20);
    central.writeUInt32LE(size32(declared), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, body);
    centrals.push(central, name, extra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** `bytes` copies of one byte, deflated at level 9 while streaming: the test never holds the inflated size. */
export async function deflatedRepeat(bytes: number, byte = 0): Promise<Buffer> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((r) => z.on("end", r));
  const chunk = Buffer.alloc(1 << 20, byte);
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!z.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => z.once("drain", r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

/**
 * The probe's bomb: `[Content_Types].xml` and a sheet of 400 MiB of spaces, deflated at level 9
 * with zip64 sizes — about 408 KB on disk. It killed the server through the question import.
 */
export async function probeZipBomb(): Promise<Buffer> {
  const size = 400 * 1024 * 1024;
  return zipOf([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "xl/worksheets/sheet1.xml", data: await deflatedRepeat(size, 0x20), deflated: true, declared: size, zip64: true },
  ]);
}
