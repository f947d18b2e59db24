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
import { checkDocument, listItems, objectKey } from './document';
import { toDiagnostic } from './errors';
import { obj } from '../values';
import { CrossChecks } from './warnings';
import * as errors from './errors';
import type { FieldPath } from './path';
import { webhookDenials } from '../ingress/webhook';

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
  let objects = 0;
  const admission: { kind: string; value: unknown; doc: number; root: FieldPath }[] = [];
  for (const doc of parsed.docs) {
    const start = doc.document.contents?.range?.[0] ?? doc.document.range[0];
    fallback.set(doc.index, start);
    const items = listItems(doc.value);
    if (doc.value !== undefined && doc.value !== null) objects += items ? items.length : 1;
    checkDocument(doc).forEach((checked, i) => {
      let found = checked.errors;
      // Warnings do not stop the server from storing the object.
      const accepted = () => found.every((e) => e.severity === 'warning');
      if (checked.object) {
        const { kind, namespace, value, root } = checked.object;
        if (kind === 'Service') {
          const refused = allocator.allocate(obj(value.spec), root.child('spec'));
          if (refused) found = [refused];
          else allocator.finish(accepted());
        }
        if (accepted()) cross.add(doc.index, kind, namespace, value, root);
        if (accepted() && (kind === 'Ingress' || kind === 'IngressClass'))
          admission.push({ kind, value, doc: doc.index, root });
      }
      const key = objectKey(doc.index, items ? i : undefined);
      for (const error of found) report(toDiagnostic(error, doc.index, parsed.lineCounter, start), key);
    });
  }
  for (const { doc, error } of cross.findings()) {
    report(toDiagnostic(error, doc, parsed.lineCounter, fallback.get(doc) ?? 0), objectKey(doc));
  }
  // ingress-nginx's admission webhook (the course installs it) sees each Ingress the API server accepted, in
  // order. Its denial is the API server's answer for that object; the loader still keeps the Ingress, marked
  // denied by the ingress layer, so route() can say why its host leads nowhere.
  for (const [index, denial] of webhookDenials(admission)) {
    const admitted = admission[index];
    if (!admitted) continue;
    const { doc, root } = admitted;
    const path = denial.at
      ? root
          .children('spec', 'rules')
          .index(denial.at.rule)
          .children('http', 'paths')
          .index(denial.at.path)
          .child('path')
      : root;
    out.push(
      toDiagnostic(
        errors.raw('Forbidden', path, denial.message, denial.reason),
        doc,
        parsed.lineCounter,
        fallback.get(doc) ?? 0,
      ),
    );
  }
  if (objects === 0 && !out.some((d) => d.severity === 'error')) report(noObjects(), objectKey(0));
  return { diagnostics: out.sort((a, b) => a.doc - b.doc || a.line - b.line || a.column - b.column), refusals };
}

/**
 * kubectl apply with nothing to send (only comments, empty documents, an empty List) and no other error:
 * apply.go "if len(infos) == 0 && len(errs) == 0 { return fmt.Errorf("no objects passed to apply") }".
 */
function noObjects(): Diagnostic {
  return {
    severity: 'error',
    type: 'Required',
    message: 'error: no objects passed to apply',
    hint: '보낼 객체가 없습니다: 주석이나 빈 문서(---)만 있으니 apiVersion, kind, metadata가 있는 매니페스트를 적으세요.',
    doc: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}
