/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document (lib/api/openapi.ts), for
 * the API property run (./openapi.property.db.test.ts): `valid(schema)` produces values the
 * document says are acceptable; `invalid(schema)` values that break exactly one of its
 * constraints (a type, a bound, a pattern, an enum, a required property, an extra property where
 * none is allowed). The subset of JSON Schema that zod's z.toJSONSchema emits for this API.
 */
import fc from "fast-check";

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
};

export class SchemaArbitraries {
  constructor(
    private readonly components: Record<string, Schema>,
    /** Real values for properties and parameters by name, mixed in so that cases reach past "not found". */
    private readonly examples: Record<string, unknown[]> = {},
  ) {}

  resolve(s: Schema): Schema {
    let out = s;
    for (let i = 0; out.$ref && i < 20; i++) out = this.components[out.$ref.split("/").pop()!];
    return out;
  }

  /** Strings bounded by length: maxLength, an enum or const, or an anchored pattern with only bounded repetition. */
  static bounded(s: Schema): boolean {
    if (s.maxLength !== undefined || s.enum || s.const !== undefined) return true;
    const p = s.pattern;
    return !!p && p.startsWith("^") && p.endsWith("$") && !/(^|[^\\])[*+]|\{\d+,\}/.test(p);
  }

  valid(schema: Schema, name?: string, depth = 0): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    const generated = this.generate(s, depth);
    const known = name ? this.examples[name] : undefined;
    return known?.length ? fc.oneof(fc.constantFrom(...known), generated) : generated;
  }

  private generate(s: Schema, depth: number): fc.Arbitrary<unknown> {
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((a) => this.valid(a, undefined, depth + 1)));
    if (s.allOf?.length) return this.valid(s.allOf[0], undefined, depth + 1);
    const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : ["string", "integer", "boolean", "null"];
    return fc.oneof(...types.map((t) => this.ofType(s, t, depth)));
  }

  private ofType(s: Schema, type: string, depth: number): fc.Arbitrary<unknown> {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
      case "number": {
        const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1_000_000);
        const max = s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : (s.maximum ?? 1_000_000);
        const ints = fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
        return type === "integer" ? ints : fc.oneof(ints, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
      }
      case "string":
        return this.string(s);
      case "array": {
        const item = s.items ? this.valid(s.items, undefined, depth + 1) : fc.string();
        return fc.array(item, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, (s.minItems ?? 0) + (depth > 2 ? 1 : 4)) });
      }
      case "object": {
        const props = s.properties ?? {};
        const required = new Set(s.required ?? []);
        const rec = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, this.valid(v, k, depth + 1)]));
        return fc.record(rec, { requiredKeys: [...required].filter((k) => k in props) });
      }
      default:
        return fc.constant(null);
    }
  }

  private string(s: Schema): fc.Arbitrary<string> {
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? Math.max(min, 40);
    const fits = (x: string) => x.length >= min && x.length <= max;
    if (s.format === "date-time") return fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
    if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter(fits);
    return fc.string({ minLength: min, maxLength: Math.min(max, min + 40) });
  }

  /** Values that break exactly one constraint of the schema (or of one property or item in it). */
  invalid(schema: Schema, depth = 0): fc.Arbitrary<unknown> | null {
    const s = this.resolve(schema);
    const options: fc.Arbitrary<unknown>[] = [];
    const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
    if (s.anyOf || s.oneOf) {
      // Something none of the alternatives accepts: a type none of them has.
      const all = new Set((s.anyOf ?? s.oneOf)!.flatMap((a) => [this.resolve(a).type].flat()));
      const other = ["string", "integer", "boolean", "array", "object"].find((t) => !all.has(t) && !(t === "integer" && all.has("number")));
      return other ? this.wrongTypeValue(other) : null;
    }
    if (s.enum) options.push(fc.constant("__not_one_of_them__"));
    if (types.length) {
      const other = ["string", "integer", "boolean", "array", "object"].find((t) => !types.includes(t) && !(t === "integer" && types.includes("number")));
      if (other) options.push(this.wrongTypeValue(other));
    }
    if (types.includes("string") && !s.enum) {
      if (s.maxLength !== undefined) options.push(fc.constant("a".repeat(s.maxLength + 1)));
      if (s.minLength) options.push(fc.constant(""));
      if (s.pattern) {
        const re = new RegExp(s.pattern);
        const breaking = ["", " ", "!", "-", "字", "a b", "..", "A".repeat(70), "ZZ", "\t"].filter((x) => !re.test(x));
        if (breaking.length) options.push(fc.constantFrom(...breaking));
      }
    }
    if (types.includes("integer") || types.includes("number")) {
      const hi = s.exclusiveMaximum ?? (s.maximum !== undefined ? s.maximum + 1 : undefined);
      const lo = s.exclusiveMinimum ?? (s.minimum !== undefined ? s.minimum - 1 : undefined);
      if (hi !== undefined) options.push(fc.constant(hi));
      if (lo !== undefined) options.push(fc.constant(lo));
      if (types.includes("integer") && !types.includes("number")) options.push(fc.constant(1.5));
    }
    if (types.includes("array")) {
      if (s.maxItems !== undefined && s.items) options.push(fc.array(this.valid(s.items), { minLength: s.maxItems + 1, maxLength: s.maxItems + 1 }));
      if (s.minItems) options.push(fc.constant([]));
      if (s.items && depth < 4) {
        const bad = this.invalid(s.items, depth + 1);
        if (bad) options.push(fc.tuple(bad, fc.array(this.valid(s.items), { maxLength: 2 })).map(([b, rest]) => [...rest, b]));
      }
    }
    if (types.includes("object")) {
      const props = s.properties ?? {};
      const full = this.ofType({ ...s, required: Object.keys(props) }, "object", depth) as fc.Arbitrary<Record<string, unknown>>;
      for (const k of s.required ?? []) {
        if (!(k in props)) continue;
        options.push(
          full.map((o) => {
            const { [k]: _drop, ...rest } = o;
            return rest;
          }),
        );
      }
      if (s.additionalProperties === false) options.push(full.map((o) => ({ ...o, __unexpected__: 1 })));
      if (depth < 4) {
        for (const [k, v] of Object.entries(props)) {
          const bad = this.invalid(v, depth + 1);
          if (bad) options.push(fc.tuple(full, bad).map(([o, b]) => ({ ...o, [k]: b })));
        }
      }
    }
    return options.length ? fc.oneof(...options) : null;
  }

  private wrongTypeValue(type: string): fc.Arbitrary<unknown> {
    switch (type) {
      case "string":
        return fc.constantFrom("x", "");
      case "integer":
        return fc.constantFrom(7, -1);
      case "boolean":
        return fc.boolean();
      case "array":
        return fc.constant([1, "x"]);
      default:
        return fc.constant({ x: 1 });
    }
  }
}
