import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { ARCHIVE_ERRORS, inflateBudget, readArchive, writeArchive, type ArchiveLimits } from "./archive";
import { deflatedRepeat, probeZipBomb, zipOf } from "../test/zip-fixtures";

const MB = 1024 * 1024;
const LIMITS: ArchiveLimits = { maxEntries: 100, maxTotalBytes: 50 * MB, maxRatio: 100, graceBytes: 10 * MB };

describe("readArchive", () => {
  test("reads every entry of a real archive, directories left out, in archive order", async () => {
    const zip = zipSync({ "b.txt": strToU8("乙".repeat(1000)), "dir/": new Uint8Array(0), "a.xml": strToU8("<a/>") }, { level: 6 });
    const entries = await readArchive(zip, LIMITS);
    expect(entries.map((e) => [e.name, e.data.toString("utf8")])).toEqual([
      ["b.txt", "乙".repeat(1000)],
      ["a.xml", "<a/>"],
    ]);
  });

  test("an entry may be rewritten chunk by chunk as it inflates", async () => {
    const zip = zipSync({ "x.txt": strToU8("ab".repeat(300_000)) });
    let calls = 0;
    const [e] = await readArchive(zip, LIMITS, () => (chunk, final) => {
      calls++;
      return final && !chunk.length ? chunk : Buffer.from(Buffer.from(chunk).toString("latin1").toUpperCase(), "latin1");
    });
    expect(e.data.toString("latin1")).toBe("AB".repeat(300_000));
    expect(calls).toBeGreaterThan(2); // streamed, not handed over whole
  });

  test("what writeArchive writes reads back the same", async () => {
    const entries = [
      { name: "z/1.xml", data: Buffer.from("<x>一</x>") },
      { name: "1", data: Buffer.alloc(100_000, 7) },
    ];
    expect(await readArchive(writeArchive(entries), LIMITS)).toEqual(entries);
  });

  test("the probe's 408 KB zip bomb (400 MiB of spaces, zip64 sizes) is refused within the budget, memory bounded", async () => {
    const bomb = await probeZipBomb();
    expect(bomb.length).toBeLessThan(450 * 1024);
    const rss = process.memoryUsage().rss;
    await expect(readArchive(bomb, LIMITS)).rejects.toThrow(ARCHIVE_ERRORS.tooLarge);
    expect(process.memoryUsage().rss - rss).toBeLessThan(inflateBudget(bomb.length, LIMITS) + 40 * MB);
  });

  test("a bomb whose headers lie about its size is stopped while inflating; an honest one before", async () => {
    const size = 120 * MB;
    const stream = await deflatedRepeat(size);
    const honest = zipOf([{ name: "s.xml", data: stream, deflated: true, declared: size }]);
    const lying = zipOf([{ name: "s.xml", data: stream, deflated: true, declared: 1000 }]);
    await expect(readArchive(honest, LIMITS)).rejects.toThrow(ARCHIVE_ERRORS.tooLarge);
    await expect(readArchive(lying, LIMITS)).rejects.toThrow(ARCHIVE_ERRORS.tooLarge);
    // The same bytes are fine under a budget that holds them.
    const roomy = { ...LIMITS, maxTotalBytes: 200 * MB, maxRatio: 1_100 };
    expect((await readArchive(lying, roomy))[0].data.length).toBe(size);
  });

  test("the ratio: a small archive may compress well; past the grace size, 100 to 1 is the most", async () => {
    const grace = await deflatedRepeat(9 * MB);
    expect((await readArchive(zipOf([{ name: "a", data: grace, deflated: true }]), LIMITS))[0].data.length).toBe(9 * MB);
    const over = await deflatedRepeat(12 * MB);
    await expect(readArchive(zipOf([{ name: "a", data: over, deflated: true }]), LIMITS)).rejects.toThrow(ARCHIVE_ERRORS.tooLarge);
  });

  test("many small entries add up against the same budget", async () => {
    const chunk = Buffer.alloc(MB);
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: chunk }));
    const tight = { ...LIMITS, maxTotalBytes: 10 * MB, graceBytes: 10 * MB };
    await expect(readArchive(zipOf(entries), tight)).rejects.toThrow(ARCHIVE_ERRORS.tooLarge);
    await expect(readArchive(zipOf(entries.slice(0, 9)), tight)).resolves.toHaveLength(9);
  });

  test("too many entries are refused from the directory, before anything is inflated", async () => {
    const entries = Array.from({ length: 101 }, (_, i) => ({ name: `e${i}`, data: Buffer.from("x") }));
    await expect(readArchive(zipOf(entries), LIMITS)).rejects.toThrow(ARCHIVE_ERRORS.tooManyEntries);
    await expect(readArchive(zipOf(entries.slice(1)), LIMITS)).resolves.toHaveLength(100);
  });

  test("damaged archives are refused, never waited on", async () => {
    const good = zipSync({ "a.txt": strToU8("甲".repeat(50_000)) });
    const cases: [string, Uint8Array][] = [
      ["empty", new Uint8Array(0)],
      ["not a zip", strToU8("hello, world")],
      ["no end of directory", good.subarray(0, good.length - 30)],
      ["cut inside the data", Buffer.concat([good.subarray(0, 40), good.subarray(good.length - 60)])],
      ["garbage where deflate should be", zipOf([{ name: "a", data: Buffer.alloc(64, 0xff), deflated: true, declared: 10 }])],
      [
        "an unknown method",
        (() => {
          const z = Buffer.from(zipOf([{ name: "a", data: Buffer.from("x"), method: 0 }]));
          z.writeUInt16LE(14, 8); // LZMA
          z.writeUInt16LE(14, z.readUInt32LE(z.length - 6) + 10);
          return z;
        })(),
      ],
    ];
    for (const [what, zip] of cases) await expect(readArchive(zip, LIMITS), what).rejects.toThrow(/无法读取|过多|过大/);
  });

  test("the directory and the entries must agree", async () => {
    const two = zipOf([
      { name: "a", data: Buffer.from("1") },
      { name: "b", data: Buffer.from("2") },
    ]);
    // Claim one entry in the end record while two are stored.
    const lying = Buffer.from(two);
    lying.writeUInt16LE(1, lying.length - 14);
    lying.writeUInt16LE(1, lying.length - 12);
    await expect(readArchive(lying, LIMITS)).rejects.toThrow(ARCHIVE_ERRORS.corrupt);
  });
});
