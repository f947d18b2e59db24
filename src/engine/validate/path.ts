// A field path threaded down the object, as apimachinery's field.Path is
// (`spec.child('ports').index(0).child('nodePort')`), that also finds the YAML nodes it walks through,
// so a diagnostic takes its API path and its line/column from the same place. Nodes are looked up only
// when asked for (most paths never produce a diagnostic), which keeps a validation walk cheap.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';

type Step = { kind: 'root' } | { kind: 'field' | 'key'; name: string } | { kind: 'index'; index: number };

interface Nodes {
  /** The key node of the pair (or the item node in a list): where a diagnostic points. */
  key: YamlNode | undefined;
  /** The value node, when the text has one. */
  value: YamlNode | undefined;
}

export class FieldPath {
  private nodes: Nodes | undefined;
  private printed: string | undefined;
  /** For `at(name)`: the map entry this path points at. */
  private entry: string | undefined;

  private constructor(
    readonly parent: FieldPath | undefined,
    private readonly step: Step,
    nodes?: Nodes,
  ) {
    this.nodes = nodes;
  }

  /** The root of a document (`node` is the document's contents). */
  static root(node: YamlNode | null | undefined): FieldPath {
    return new FieldPath(undefined, { kind: 'root' }, { key: undefined, value: node ?? undefined });
  }

  /** field.Path.Child: a named field of an object. */
  child(name: string): FieldPath {
    return new FieldPath(this, { kind: 'field', name });
  }

  /** Several nested children at once, as field.Path.Child('a', 'b') does. */
  children(...names: string[]): FieldPath {
    return names.reduce<FieldPath>((path, name) => path.child(name), this);
  }

  /** field.Path.Index: an item of a list. */
  index(i: number): FieldPath {
    return new FieldPath(this, { kind: 'index', index: i });
  }

  /** field.Path.Key: an entry of a map, printed `[key]`. */
  key(name: string): FieldPath {
    return new FieldPath(this, { kind: 'key', name });
  }

  /** The same path, pointing at the key node of one map entry (labels report at the map path, but point at the entry). */
  at(name: string): FieldPath {
    const entry = new FieldPath(this.parent, this.step, this.nodes);
    entry.entry = name;
    entry.printed = this.printed;
    return entry;
  }

  /**
   * The same place in the text under the path the API server prints. Kubernetes sometimes reports a field
   * under another path than the JSON one (pod template labels print as `spec.template.labels`).
   */
  printedAs(text: string): FieldPath {
    const alias = new FieldPath(this.parent, this.step, this.nodes);
    alias.printed = text;
    return alias;
  }

  /** The value node at this path, if the text has one. */
  get node(): YamlNode | undefined {
    return this.resolve().value;
  }

  toString(): string {
    if (this.printed !== undefined) return this.printed;
    const parts: string[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the walk up the parent chain starts here
    for (let p: FieldPath | undefined = this; p; p = p.parent) {
      const s = p.step;
      if (s.kind === 'field') parts.push(p.parent?.step.kind === 'root' ? s.name : `.${s.name}`);
      else if (s.kind === 'key') parts.push(`[${s.name}]`);
      else if (s.kind === 'index') parts.push(`[${s.index}]`);
    }
    return parts.reverse().join('');
  }

  /**
   * Source offsets the diagnostic points at: the key through its scalar value when the field is in the text,
   * else the key of the nearest ancestor that is (a missing field points at its parent).
   */
  range(): [number, number] | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the walk up the parent chain starts here
    for (let p: FieldPath | undefined = this; p; p = p.parent) {
      const { key: keyNode, value: valueNode } = p.resolve();
      const key = keyNode?.range;
      if (!key) continue;
      const value = valueNode?.range;
      const end = p === this && value && isScalar(valueNode) ? value[1] : key[1];
      return [key[0], Math.max(key[0], end)];
    }
    return undefined;
  }

  private resolve(): Nodes {
    if (!this.nodes) this.nodes = this.resolveStep();
    if (this.entry === undefined) return this.nodes;
    const base = this.nodes;
    const found = findPair(base.value, this.entry);
    this.nodes = { key: found.key ?? base.key, value: found.value ?? base.value };
    this.entry = undefined;
    return this.nodes;
  }

  private resolveStep(): Nodes {
    const parentNode = this.parent?.resolve().value;
    const s = this.step;
    if (s.kind === 'index') {
      const item = isSeq(parentNode) ? (parentNode.items[s.index] as YamlNode | undefined) : undefined;
      return { key: item, value: item };
    }
    if (s.kind === 'root') return { key: undefined, value: undefined };
    return findPair(parentNode, s.name);
  }
}

function findPair(node: YamlNode | undefined, name: string): Nodes {
  if (!isMap(node)) return { key: undefined, value: undefined };
  // kubectl keeps the last of duplicated keys, so the last pair is the one that counts.
  for (const pair of node.items.toReversed()) {
    if (isScalar(pair.key) && String(pair.key.value) === name) {
      return { key: pair.key, value: (pair.value ?? undefined) as YamlNode | undefined };
    }
  }
  return { key: undefined, value: undefined };
}
