/**
 * Reads the text back out of a PDF written by pdfkit (tests only; no PDF library is installed for
 * reading): inflate every stream, build the glyph → Unicode maps from the ToUnicode CMaps, and
 * decode the hex strings shown between BT and ET. Enough to prove the certificate says what it
 * should, in real (searchable) text rather than pictures of text.
 */
import { inflateSync } from "node:zlib";

function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const bin = pdf.toString("latin1");
  const re = /<<(.*?)>>\s*stream\r?\n/gs;
  let m: RegExpExecArray | null;
  while ((m = re.exec(bin))) {
    const start = m.index + m[0].length;
    const end = bin.indexOf("endstream", start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    try {
      out.push(/\/FlateDecode/.test(m[1]) ? inflateSync(raw).toString("latin1") : raw.toString("latin1"));
    } catch {
      /* an image or font program that is not deflated text */
    }
    re.lastIndex = end;
  }
  return out;
}

function hexToUnicode(hex: string): string {
  let s = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

export function extractPdfText(pdf: Buffer): string {
  const all = streams(pdf);
  const maps: Map<string, string>[] = [];
  for (const s of all.filter((x) => x.includes("begincmap"))) {
    const map = new Map<string, string>();
    for (const block of s.matchAll(/beginbfchar(.*?)endbfchar/gs))
      for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(src.toLowerCase(), hexToUnicode(dst));
    for (const block of s.matchAll(/beginbfrange(.*?)endbfrange/gs)) {
      for (const [, lo, hi, rest] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        const a = parseInt(lo, 16);
        const b = parseInt(hi, 16);
        const width = lo.length;
        const targets = rest.startsWith("[") ? [...rest.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => x[1]) : null;
        for (let c = a; c <= b; c++) {
          const key = c.toString(16).padStart(width, "0");
          if (targets) map.set(key, hexToUnicode(targets[c - a] ?? ""));
          else {
            const base = parseInt(rest.slice(1, -1), 16) + (c - a);
            map.set(key, String.fromCodePoint(base));
          }
        }
      }
    }
    maps.push(map);
  }
  const decode = (hex: string) => {
    const h = hex.toLowerCase();
    for (const map of maps) {
      let s = "";
      let ok = true;
      for (let i = 0; i + 4 <= h.length; i += 4) {
        const ch = map.get(h.slice(i, i + 4));
        if (ch === undefined) {
          ok = false;
          break;
        }
        s += ch;
      }
      if (ok) return s;
    }
    return "";
  };
  const text: string[] = [];
  for (const s of all) for (const bt of s.matchAll(/BT(.*?)ET/gs)) text.push([...bt[1].matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => decode(m[1])).join(""));
  return text.join("\n");
}
