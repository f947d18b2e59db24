// The text's objects, one per document (or per item of a `kind: List`), with the ones the API server
// would reject left out: an object with an error-severity diagnostic is skipped, never half-loaded (a
// List's other items still load, as kubectl applies them one by one); warnings do not keep an object out.
import { message } from '../messages';
import { applyDefaults } from '../validate/defaults';
import { listItems, objectKey } from '../validate/document';
import type { ParsedText } from '../yaml/parse';
import { spanOfNode } from '../yaml/parse';
import type { Diagnostic } from '../types';
import type { Source } from '../model';
import { type Obj, record, text } from '../values';
import type { Recorder } from './recorder';

export interface ManifestObject {
  kind: string;
  apiVersion: string;
  name: string;
  /** metadata.namespace as written (undefined when absent). */
  namespace?: string;
  metadata: Obj;
  /** spec as written. */
  spec: Obj;
  /** The whole object after the API server's defaulting (validate/defaults.ts), for the values to use. */
  defaulted: Obj;
  /** undefined when the text gives no status. */
  status?: Obj;
  raw: Obj;
  source: Source;
}

export function collectObjects(
  parsed: ParsedText,
  refusals: Map<string, Diagnostic>,
  recorder: Recorder,
): ManifestObject[] {
  const objects: ManifestObject[] = [];
  for (const doc of parsed.docs) {
    if (doc.empty) continue;
    const raw = record(doc.value);
    if (refuse(refusals.get(objectKey(doc.index)), doc.index, raw, recorder)) continue;
    const source: Source = { doc: doc.index, line: spanOfNode(parsed.lineCounter, doc.document.contents).line };
    if (!raw) {
      recorder.skip(doc.index, message('cluster.notAnObject', { doc: doc.index + 1 }));
      continue;
    }
    const items = listItems(raw);
    if (!items) {
      addObject(raw, source, objects, recorder);
      continue;
    }
    items.forEach((value, i) => {
      const item = record(value);
      if (!refuse(refusals.get(objectKey(doc.index, i)), doc.index, item, recorder))
        addObject(item, source, objects, recorder);
    });
  }
  return objects;
}

/** Records why an object the API server refuses stays out of the cluster; false when it is not refused. */
function refuse(error: Diagnostic | undefined, doc: number, raw: Obj | undefined, recorder: Recorder): boolean {
  if (!error) return false;
  recorder.skip(
    doc,
    message('cluster.refused', { doc: doc + 1, error: error.message }),
    text(raw?.kind),
    text(record(raw?.metadata)?.name),
  );
  return true;
}

function addObject(raw: Obj | undefined, source: Source, objects: ManifestObject[], recorder: Recorder): void {
  const kind = text(raw?.kind);
  const metadata = record(raw?.metadata) ?? {};
  const name = text(metadata.name);
  if (!raw || !kind) {
    recorder.skip(source.doc, message('cluster.kindMissing'), undefined, name);
    return;
  }
  if (!name) {
    recorder.skip(source.doc, message('cluster.nameMissing'), kind);
    return;
  }
  objects.push({
    kind,
    apiVersion: text(raw.apiVersion) ?? '',
    name,
    namespace: text(metadata.namespace),
    metadata,
    spec: record(raw.spec) ?? {},
    defaulted: applyDefaults(kind, raw),
    status: record(raw.status),
    raw,
    source,
  });
}

export function namespaceOf(object: ManifestObject): string {
  return object.namespace ?? 'default';
}
