/** How content checks collect problems: every one found, each with its file and field, reported together. */
export type FieldPath = readonly PropertyKey[];

export class Problems {
  readonly list: string[] = [];

  add(file: string, field: FieldPath | string, message: string): void {
    const where = typeof field === "string" ? field : joinPath(field);
    this.list.push(where ? `${file}: ${where}: ${message}` : `${file}: ${message}`);
  }
}

export function joinPath(p: FieldPath): string {
  return p.map((k) => String(k)).join(".");
}

/** A YAML mapping (not a list, not a scalar). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An item and where it was found. */
export interface Located<T> {
  file: string;
  /** Field path of the item inside its file ([] when the file is the item). */
  at: FieldPath;
  value: T;
}
