// Sending objects to the API server: validation first (with the API server's and kubectl's wording for
// what fails), then the namespace and name checks, then the store. Used by create, apply and the generators.
import { parseManifests, validate, type Diagnostic } from '../engine';
import { qualifiedPlural, qualifiedSingular, resourceOfKind } from './resources';
import type { Session } from './session';
import { documentsOf, metadataOf, type Json } from './store';
import { toYaml } from './manifest';
import { namespaceExists } from './views';

export type WriteMode = 'create' | 'apply' | 'replace';

export interface WriteResult {
  lines: string[];
  errors: string[];
}

/** `kubectl create|apply -f FILE` on a text (file = the name kubectl quotes, or undefined for generators). */
export function writeText(
  session: Session,
  text: string,
  mode: WriteMode,
  file: string | undefined,
  namespaceFlag?: string,
): WriteResult {
  const syntax = parseManifests(text).diagnostics.find((d) => d.type === 'YAMLSyntax');
  if (syntax) return { lines: [], errors: [`error: error parsing ${file ?? 'STDIN'}: ${syntax.message}`] };
  const diagnostics = validate(text).filter((d) => d.severity === 'error');
  const values = documentsOfText(text);
  if (values.length === 0) return { lines: [], errors: ['error: no objects passed to ' + mode] };
  const result: WriteResult = { lines: [], errors: [] };
  for (const { value, doc } of values) {
    const outcome = writeObject(
      session,
      value,
      diagnostics.filter((d) => d.doc === doc),
      mode,
      file,
      namespaceFlag,
    );
    if (outcome.ok) result.lines.push(outcome.text);
    else result.errors.push(outcome.text);
  }
  return result;
}

function documentsOfText(text: string): { value: Json; doc: number }[] {
  return parseManifests(text)
    .docs.filter((d) => !d.empty)
    .flatMap((d) => documentsOf(d.document.toString()).map((value) => ({ value, doc: d.index })));
}

function writeObject(
  session: Session,
  input: Json,
  diagnostics: Diagnostic[],
  mode: WriteMode,
  file: string | undefined,
  namespaceFlag?: string,
): { ok: boolean; text: string } {
  const kind = String(input.kind ?? '');
  const apiVersion = String(input.apiVersion ?? '');
  const metadata = metadataOf(input);
  const name = String(metadata.name ?? '');
  const type = resourceOfKind(kind);
  const where = file ? `error when ${mode === 'replace' ? 'replacing' : 'creating'} "${file}": ` : '';
  if (!type) {
    return {
      ok: false,
      text: `error: resource mapping not found for name: "${name}" namespace: "${String(metadata.namespace ?? '')}" from "${file ?? 'STDIN'}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`,
    };
  }
  const decoding = diagnostics.filter((d) => d.type === 'FieldValueUnknown' || d.message.startsWith('json:'));
  if (decoding.length > 0) {
    const version = apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
    const detail = decoding.some((d) => d.type === 'FieldValueUnknown')
      ? `strict decoding error: ${decoding.map((d) => d.message).join(', ')}`
      : decoding[0]!.message;
    return {
      ok: false,
      text: `Error from server (BadRequest): ${where}${kind} in version "${version}" cannot be handled as a ${kind}: ${detail}`,
    };
  }
  if (diagnostics.length > 0) return { ok: false, text: invalid(kind, name, diagnostics) };
  if (namespaceFlag && typeof metadata.namespace === 'string' && metadata.namespace !== namespaceFlag) {
    return {
      ok: false,
      text: `error: the namespace from the provided object "${metadata.namespace}" does not match the namespace "${namespaceFlag}". You must pass '--namespace=${metadata.namespace}' to perform this operation.`,
    };
  }
  const namespace = type.namespaced ? String(metadata.namespace ?? namespaceFlag ?? 'default') : undefined;
  const value = type.namespaced ? { ...input, metadata: { ...metadata, namespace } } : input;
  if (namespace && !namespaceExists(session.store, namespace)) {
    return { ok: false, text: `Error from server (NotFound): ${where}namespaces "${namespace}" not found` };
  }
  const existing = session.store.find(kind, namespace, name);
  const label = `${qualifiedSingular(type)}/${name}`;
  if (existing && mode === 'create') {
    return {
      ok: false,
      text: `Error from server (AlreadyExists): ${where}${qualifiedPlural(type)} "${name}" already exists`,
    };
  }
  if (mode === 'replace') {
    if (!existing)
      return { ok: false, text: `Error from server (NotFound): ${where}${qualifiedPlural(type)} "${name}" not found` };
    session.store.replace(existing, value);
    return { ok: true, text: `${label} replaced` };
  }
  if (existing) {
    if (toYaml(existing.value) === toYaml(value)) return { ok: true, text: `${label} unchanged` };
    session.store.replace(existing, value);
    return { ok: true, text: `${label} configured` };
  }
  session.store.add(value, session.now());
  return { ok: true, text: `${label} created` };
}

/** kubectl's StandardErrorMessage for an Invalid status: one cause inline, several as a list. */
export function invalid(kind: string, name: string, diagnostics: Diagnostic[]): string {
  const causes = diagnostics.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message));
  const head = `The ${kind} "${name}" is invalid: `;
  return causes.length === 1 ? head + causes[0] : `${head}\n${causes.map((c) => `* ${c}`).join('\n')}`;
}
