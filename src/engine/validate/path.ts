// A field path threaded down the object, as apimachinery's field.Path is
// (`spec.child('ports').index(0).child('nodePort')`), that also carries the YAML nodes it walks through,
// so a diagnostic takes its API path and its line/column from the same place.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';

export class FieldPath {
  private constructor(
    readonly parent: FieldPath | undefined,
    /** How this step prints: `.name`, `[0]` or `[key]`. */
    private readonly step: string,
    /** The key node of the pair (or the item node in a list): where a diagnostic points. */
    readonly keyNode: YamlNode | undefined,
    /** The value node, when the text has one. */
    readonly node: YamlNode | undefined,
  ) {}

  /** The root of a document (`node` is the document's contents). */
  static root(node: YamlNode | null | undefined): FieldPath {
    return new FieldPath(undefined, '', undefined, node ?? undefined);
  }

  /** field.Path.Child: a named field of an object. */
  child(name: string): FieldPath {
    const { key, value } = findPair(this.node, name);
    return new FieldPath(this, this.parent === undefined && this.step === '' ? name : `.${name}`, key, value);
  }

  /** Several nested children at once, as field.Path.Child('a', 'b') does. */
  children(...names: string[]): FieldPath {
    return names.reduce<FieldPath>((path, name) => path.child(name), this);
  }

  /** field.Path.Index: an item of a list. */
  index(i: number): FieldPath {
    const item = isSeq(this.node) ? (this.node.items[i] as YamlNode | undefined) : undefined;
    return new FieldPath(this, `[${i}]`, item, item);
  }

  /** field.Path.Key: an entry of a map, printed `[key]`. */
  key(name: string): FieldPath {
    const { key, value } = findPair(this.node, name);
    return new FieldPath(this, `[${name}]`, key, value);
  }

  /** The same path, pointing at the key node of one map entry (labels report at the map path, but point at the entry). */
  at(name: string): FieldPath {
    const { key, value } = findPair(this.node, name);
    const entry = new FieldPath(this.parent, this.step, key ?? this.keyNode, value ?? this.node);
    entry.printed = this.printed;
    return entry;
  }

  /**
   * The same place in the text under the path the API server prints. Kubernetes sometimes reports a field
   * under another path than the JSON one (pod template labels print as `spec.template.labels`).
   */
  printedAs(text: string): FieldPath {
    const alias = new FieldPath(this.parent, this.step, this.keyNode, this.node);
    alias.printed = text;
    return alias;
  }

  private printed: string | undefined;

  toString(): string {
    if (this.printed !== undefined) return this.printed;
    let text = '';
    for (let p: FieldPath | undefined = this; p; p = p.parent) text = p.step + text;
    return text;
  }

  /**
   * Source offsets the diagnostic points at: the key through its scalar value when the field is in the text,
   * else the key of the nearest ancestor that is (a missing field points at its parent).
   */
  range(): [number, number] | undefined {
    for (let p: FieldPath | undefined = this; p; p = p.parent) {
      const key = p.keyNode?.range;
      if (!key) continue;
      const value = p.node?.range;
      const end = p === this && value && isScalar(p.node) ? value[1] : key[1];
      return [key[0], Math.max(key[0], end)];
    }
    return undefined;
  }
}

function findPair(node: YamlNode | undefined, name: string): { key?: YamlNode; value?: YamlNode } {
  if (!isMap(node)) return {};
  // kubectl keeps the last of duplicated keys, so the last pair is the one that counts.
  for (let i = node.items.length - 1; i >= 0; i--) {
    const pair = node.items[i]!;
    if (isScalar(pair.key) && String(pair.key.value) === name) {
      return { key: pair.key, value: (pair.value ?? undefined) as YamlNode | undefined };
    }
  }
  return {};
}
