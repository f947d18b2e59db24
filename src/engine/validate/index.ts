// validate(text): what the API server (and kubectl's decoding before it) would say of a manifest text.
//
// The steps, each a module of its own, in the order the server runs them:
//   yaml/parse     YAML as kubectl reads it (syntax errors, duplicate keys as warnings)
//   document       type sniffing (apiVersion, kind), the kind's schema (shape: wrong JSON types, unknown
//                  fields), then defaults, then ObjectMeta (meta) and the kind's validation
//                  (core/, apps/, networking/, discovery/), all reporting through a FieldPath (path)
//   allocation     what the Service REST storage refuses while allocating nodePorts and clusterIPs
//   warnings       what the server accepts but leaves a learner's example without traffic
import { parseManifests } from '../yaml/parse';
import type { ParsedText } from '../yaml/parse';
import type { Diagnostic } from '../types';
import { Allocator } from './allocation';
import { checkDocument, listItems } from './document';
import { toDiagnostic } from './errors';
import { obj } from '../values';
import { CrossChecks } from './warnings';
import { append } from '../list';

export { checkExample } from './examples';

export function validate(text: string): Diagnostic[] {
  return validateParsed(parseManifests(text));
}

/** The same, on a text already parsed (loadCluster parses once and validates that). */
export function validateParsed(parsed: ParsedText): Diagnostic[] {
  return validateObjects(parsed).diagnostics;
}

export interface Validation {
  diagnostics: Diagnostic[];
  /** The objects the API server refuses, by objectKey, each with its first error (by position). */
  refusals: Map<string, Diagnostic>;
}

/**
 * A document, or one item of a `kind: List` document: kubectl sends a List's items one by one, so the
 * server refuses each item on its own errors and stores the others.
 */
export function objectKey(doc: number, item?: number): string {
  return item === undefined ? String(doc) : `${doc}/${item}`;
}

/** validate's diagnostics, and which objects they keep out of the cluster (for loadCluster). */
export function validateObjects(parsed: ParsedText): Validation {
  const out: Diagnostic[] = [];
  const refusals = new Map<string, Diagnostic>();
  const report = (diagnostic: Diagnostic, key: string) => {
    out.push(diagnostic);
    if (diagnostic.severity !== 'error') return;
    const first = refusals.get(key);
    if (!first || diagnostic.line < first.line || (diagnostic.line === first.line && diagnostic.column < first.column))
      refusals.set(key, diagnostic);
  };
  for (const diagnostic of parsed.diagnostics) report(diagnostic, objectKey(diagnostic.doc));
  const allocator = new Allocator();
  const cross = new CrossChecks();
  const fallback = new Map<number, number>();
  for (const doc of parsed.docs) {
    const start = doc.document.contents?.range?.[0] ?? doc.document.range[0];
    fallback.set(doc.index, start);
    const items = listItems(doc.value);
    checkDocument(doc).forEach((checked, i) => {
      const found = checked.errors;
      // Warnings do not stop the server from storing the object.
      const accepted = () => found.every((e) => e.severity === 'warning');
      if (checked.object) {
        const { kind, namespace, value, root } = checked.object;
        if (kind === 'Service') append(found, allocator.allocate(obj(value.spec), root.child('spec'), accepted()));
        if (accepted()) cross.add(doc.index, kind, namespace, value, root);
      }
      const key = objectKey(doc.index, items ? i : undefined);
      for (const error of found) report(toDiagnostic(error, doc.index, parsed.lineCounter, start), key);
    });
  }
  for (const { doc, error } of cross.findings()) {
    report(toDiagnostic(error, doc, parsed.lineCounter, fallback.get(doc) ?? 0), objectKey(doc));
  }
  return { diagnostics: out.sort((a, b) => a.doc - b.doc || a.line - b.line || a.column - b.column), refusals };
}
