/**
 * The labelled drafts the checker is measured on: YAML fixtures in `__fixtures__/`, validated
 * with zod. `in-sample-*.yaml` are sets the checker was developed on; `round-<k>.yaml` are the
 * blind rounds, copied verbatim from the blind writer (/work/corpus/, format and labels in its
 * LABELS.md), scored once before anything was changed for them (`rounds.yaml` records that first
 * score). Every `round-*.yaml` placed in the folder is picked up automatically. `train-*.yaml` are
 * training-only sets written by others (decision 030): the classifier may learn from them, the
 * eval reports them apart, and no figure of a blind round or of the in-sample sets includes them.
 */
import fs from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { z } from "zod";
import { CHANNELS, MESSAGE_KINDS } from "./types";

export const FIXTURES_DIR = path.join(import.meta.dirname, "__fixtures__");

export const ZCode = z.string().regex(/^[A-Z]{1,3}\d{1,2}$/, "规则代码格式不正确");

export const ZDraft = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(MESSAGE_KINDS).optional(),
  sendAt: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
  text: z.string().min(1),
  labels: z.array(ZCode),
  trap: z.boolean().default(false),
  note: z.string().optional(),
});
export type Draft = z.infer<typeof ZDraft>;

export const ZCorpusFile = z.looseObject({
  round: z.number().int().positive().optional(),
  set: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  drafts: z.array(ZDraft).min(1),
});

export interface CorpusSet {
  /** File name without .yaml: in-sample-dev, round-1, train-a … */
  name: string;
  blind: boolean;
  /** A training-only set (`train-*.yaml`): loaded only when asked for. */
  training: boolean;
  /** Round number for blind rounds. */
  round?: number;
  title: string;
  drafts: Draft[];
}

const ROUND_FILE = /^round-(\d+)\.yaml$/;
const IN_SAMPLE_FILE = /^in-sample-[a-z0-9-]+\.yaml$/;
const TRAIN_FILE = /^train-[a-z0-9-]+\.yaml$/;

export function loadCorpusFile(file: string): z.infer<typeof ZCorpusFile> {
  const parsed = ZCorpusFile.safeParse(load(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${path.basename(file)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/**
 * Every fixture set: in-sample sets first, then the blind rounds in order, then (with
 * `{ training: true }`) the training-only sets. All files are validated either way.
 */
export function loadCorpusSets(dir = FIXTURES_DIR, { training = false }: { training?: boolean } = {}): CorpusSet[] {
  const files = fs.readdirSync(dir).sort();
  const inSample: CorpusSet[] = [];
  const rounds: CorpusSet[] = [];
  const train: CorpusSet[] = [];
  for (const f of files) {
    const round = ROUND_FILE.exec(f);
    if (!round && !IN_SAMPLE_FILE.test(f) && !TRAIN_FILE.test(f)) continue;
    const data = loadCorpusFile(path.join(dir, f));
    const name = f.replace(/\.yaml$/, "");
    const set = { name, blind: false, training: false, title: data.title ?? name, drafts: data.drafts };
    if (round) rounds.push({ ...set, blind: true, round: Number(round[1]), title: data.title ?? `blind round ${round[1]}` });
    else if (TRAIN_FILE.test(f)) train.push({ ...set, training: true });
    else inSample.push(set);
  }
  rounds.sort((a, b) => a.round! - b.round!);
  const ids = new Set<string>();
  for (const d of [...inSample, ...rounds, ...train].flatMap((s) => s.drafts)) {
    if (ids.has(d.id)) throw new Error(`duplicate draft id ${d.id}`);
    ids.add(d.id);
  }
  return [...inSample, ...rounds, ...(training ? train : [])];
}

/** First scores of the blind rounds (recorded before any change was made for them). */
export const ZRoundRecord = z.strictObject({
  round: z.number().int().positive(),
  firstScoredAt: z.string(),
  commit: z.string(),
  drafts: z.number().int(),
  precision: z.number(),
  recall: z.number(),
  redLineRecall: z.number().nullable(),
  falseAlarms: z.string(),
  note: z.string().optional(),
  /** A judged round: scored after a freeze and kept out of development (and of the regression guards) until it is studied. */
  judged: z.boolean().optional(),
});

export function loadRoundRecords(dir = FIXTURES_DIR): z.infer<typeof ZRoundRecord>[] {
  const file = path.join(dir, "rounds.yaml");
  if (!fs.existsSync(file)) return [];
  return z.array(ZRoundRecord).parse(load(fs.readFileSync(file, "utf8")) ?? []);
}
