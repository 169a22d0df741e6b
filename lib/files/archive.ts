/**
 * The one way the app opens an uploaded zip archive (an XLSX is one): every archive an upload
 * brings — member import, question import, anything later — goes through `readArchive`, which
 * refuses it before it can exhaust memory. lib/files/archive-use.test.ts fails when code elsewhere
 * opens an archive (exceljs's readers, fflate, zlib inflate) on its own.
 *
 * Limits, whatever the archive claims about itself:
 * - the central directory (read by fflate) lists at most `maxEntries` entries, every one stored or
 *   deflated, and their declared sizes fit the budget (an honest bomb is refused before inflating);
 * - the entries are then streamed: fflate walks the local headers, Node's zlib inflates each entry
 *   off the main thread, and every inflated chunk is counted against one budget for the archive —
 *   `maxTotalBytes`, and at most `maxRatio` times the archive's own size (past `graceBytes`) — so
 *   a bomb whose headers lie is stopped after at most one chunk beyond the budget;
 * - an entry may be transformed chunk by chunk as it inflates (the XLSX reader rewrites text parts),
 *   so no part is ever held as one large string.
 *
 * The container format is fflate's (a maintained library) rather than a hand-written parser.
 */
import { createInflateRaw, type InflateRaw } from "node:zlib";
import { Unzip, Zip, ZipDeflate, unzipSync, type AsyncFlateStreamHandler, type UnzipDecoder, type UnzipFile } from "fflate";
import { UserError } from "../errors";

export interface ArchiveLimits {
  /** Entries in the archive (directories included). */
  maxEntries: number;
  /** Bytes inflated from the whole archive. */
  maxTotalBytes: number;
  /** Inflated bytes per byte of archive, once past `graceBytes` (a small file may compress well). */
  maxRatio: number;
  graceBytes: number;
}

export type ArchiveProblem = "corrupt" | "tooLarge" | "tooManyEntries";

export const ARCHIVE_ERRORS: Record<ArchiveProblem, string> = {
  corrupt: "无法读取该文件：压缩包已损坏或格式不正确",
  tooLarge: "文件解压后过大，已拒绝（可能是恶意构造的文件）",
  tooManyEntries: "文件包含的条目过多，已拒绝（可能是恶意构造的文件）",
};

/** An archive refused as a whole; `problem` lets a caller word it for its own kind of file. */
export class ArchiveRejected extends UserError {
  constructor(readonly problem: ArchiveProblem) {
    super(ARCHIVE_ERRORS[problem]);
  }
}

export interface ArchiveEntry {
  name: string;
  data: Buffer;
}

/** Rewrites an entry as it inflates: called with each chunk, and once with `final` (chunk may be empty). */
export type ChunkTransform = (chunk: Uint8Array, final: boolean) => Uint8Array;

/** The bytes an archive of `size` bytes may inflate to under `limits`. */
export function inflateBudget(size: number, limits: ArchiveLimits): number {
  return Math.min(limits.maxTotalBytes, Math.max(limits.graceBytes, size * limits.maxRatio));
}

/** fflate's unzip stream, inflating with Node's zlib (native, on the thread pool) instead of in JavaScript. */
class NodeInflate implements UnzipDecoder {
  static compression = 8;
  ondata: AsyncFlateStreamHandler = () => {};
  private readonly z: InflateRaw = createInflateRaw();
  constructor() {
    this.z.on("data", (c: Buffer) => this.ondata(null, c as Uint8Array<ArrayBuffer>, false));
    this.z.on("end", () => this.ondata(null, new Uint8Array(0), true));
    // fflate's handler type has no null for data; an error carries none.
    this.z.on("error", () => this.ondata(Object.assign(new Error("inflate"), { code: 0 }), new Uint8Array(0), true));
  }
  push(chunk: Uint8Array, final: boolean): void {
    if (this.z.destroyed || this.z.writableEnded) return;
    if (chunk.length) this.z.write(chunk);
    if (final) this.z.end();
  }
  /** No more input will come: an entry cut short then fails ("unexpected end of file") instead of waiting forever. */
  endInput(): void {
    if (!this.z.destroyed && !this.z.writableEnded) this.z.end();
  }
  terminate(): void {
    this.z.destroy();
  }
}

const PUSH_CHUNK = 64 * 1024;

/**
 * Every entry of a zip archive, inflated within `limits`, or ArchiveRejected. `transform(name)`
 * may return a ChunkTransform for an entry; the entry's data is then what the transform produced.
 */
export async function readArchive(zip: Uint8Array, limits: ArchiveLimits, transform?: (name: string) => ChunkTransform | undefined): Promise<ArchiveEntry[]> {
  const budget = inflateBudget(zip.length, limits);

  // 1. The central directory: present, not too many entries, known methods, declared sizes in budget.
  let listed = 0;
  let declared = 0;
  try {
    unzipSync(zip, {
      filter(f) {
        if (++listed > limits.maxEntries) throw new ArchiveRejected("tooManyEntries");
        if (f.compression !== 0 && f.compression !== 8) throw new ArchiveRejected("corrupt");
        declared += f.originalSize;
        if (declared > budget) throw new ArchiveRejected("tooLarge");
        return false; // list only: nothing is inflated here
      },
    });
  } catch (e) {
    throw e instanceof ArchiveRejected ? e : new ArchiveRejected("corrupt");
  }

  // 2. The entries themselves, streamed against the budget.
  return new Promise<ArchiveEntry[]>((resolve, reject) => {
    const files: UnzipFile[] = [];
    const pending = new Set<number>();
    const out: (ArchiveEntry | undefined)[] = [];
    let inflated = 0;
    let done = false;
    let pushed = false;
    const fail = (problem: ArchiveProblem) => {
      if (done) return;
      done = true;
      for (const f of files) f.terminate();
      reject(new ArchiveRejected(problem));
    };
    const finish = () => {
      if (done || !pushed || pending.size) return;
      if (files.length !== listed) return fail("corrupt"); // local entries disagree with the directory
      done = true;
      resolve(out.filter((e): e is ArchiveEntry => e !== undefined));
    };
    const unzip = new Unzip((file) => {
      if (done) return;
      const index = files.push(file) - 1;
      if (files.length > limits.maxEntries) return fail("tooManyEntries");
      if (file.compression !== 0 && file.compression !== 8) return fail("corrupt");
      const map = transform?.(file.name);
      const parts: Uint8Array[] = [];
      let size = 0;
      const keep = (chunk: Uint8Array) => {
        if (!chunk.length) return;
        parts.push(chunk);
        size += chunk.length;
      };
      pending.add(index);
      file.ondata = (err, chunk, final) => {
        if (done) return;
        if (err) return fail("corrupt");
        inflated += chunk.length;
        if (inflated > budget) return fail("tooLarge");
        keep(map ? map(chunk, final) : chunk);
        if (!final) return;
        pending.delete(index);
        if (!file.name.endsWith("/")) out[index] = { name: file.name, data: Buffer.concat(parts, size) };
        finish();
      };
      file.start();
    });
    const inflaters: NodeInflate[] = [];
    unzip.register(
      class extends NodeInflate {
        constructor() {
          super();
          inflaters.push(this);
        }
      },
    );
    try {
      for (let at = 0; at < zip.length && !done; at += PUSH_CHUNK) unzip.push(zip.subarray(at, at + PUSH_CHUNK), at + PUSH_CHUNK >= zip.length);
    } catch (e) {
      if (e instanceof ArchiveRejected) return fail(e.problem);
      return fail("corrupt");
    }
    pushed = true;
    // Stored entries pass through synchronously: one still open now was cut short.
    if (files.some((f, i) => pending.has(i) && f.compression === 0)) return fail("corrupt");
    for (const z of inflaters) z.endInput();
    finish();
  });
}

/** A zip of the entries in this order, deflated at the fastest level (fflate). */
export function writeArchive(entries: ArchiveEntry[]): Buffer {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else chunks.push(chunk);
  });
  for (const e of entries) {
    const f = new ZipDeflate(e.name, { level: 1 });
    zip.add(f);
    f.push(e.data, true);
  }
  zip.end();
  if (failed) throw failed;
  return Buffer.concat(chunks);
}
