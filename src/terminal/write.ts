// Sending objects to the API server: validation first (with the API server's and kubectl's wording for
// what fails), then the namespace and name checks, then the store. Used by create, apply and the generators.
// The text is parsed once here; validate() would parse it again.
import { ingressAdmission, parseManifests, validateParsed, type Diagnostic, type ParsedText } from '../engine';
import { qualifiedPlural, qualifiedSingular, resourceOfKind } from './resources';
import type { Session } from './session';
import { metadataOf, objectsOf, type Json } from './store';
import { toYaml } from './manifest';
import { allocationErrors } from './allocation';
import { withDefaultClass } from './admission';
import { hasLastApplied, keepLastApplied, LAST_APPLIED, withLastApplied } from './last-applied';
import { namespaceExists } from './views';

export type WriteMode = 'create' | 'apply' | 'replace';

export interface WriteResult {
  lines: string[];
  errors: string[];
}

export interface WriteOptions {
  /** create --save-config: keep the last-applied annotation as apply would. */
  saveConfig?: boolean;
}

/** `kubectl create|apply -f FILE` on a text (file = the name kubectl quotes, or undefined for generators). */
export function writeText(
  session: Session,
  text: string,
  mode: WriteMode,
  file: string | undefined,
  namespaceFlag?: string,
  options: WriteOptions = {},
): WriteResult {
  const parsed = parseManifests(text);
  const syntax = parsed.diagnostics.find((d) => d.type === 'YAMLSyntax');
  if (syntax) return { lines: [], errors: [`error: error parsing ${file ?? 'STDIN'}: ${syntax.message}`] };
  const diagnostics = validateParsed(parsed).filter((d) => d.severity === 'error');
  const values = documentsOfText(parsed);
  if (values.length === 0) return { lines: [], errors: ['error: no objects passed to ' + mode] };
  const result: WriteResult = { lines: [], errors: [] };
  const byDoc = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) byDoc.set(d.doc, [...(byDoc.get(d.doc) ?? []), d]);
  session.store.batch(() => {
    for (const { value, doc } of values) {
      const outcome = writeObject(session, value, byDoc.get(doc) ?? [], mode, file, namespaceFlag, options);
      if (outcome.warning) result.lines.push(outcome.warning);
      if (outcome.ok) result.lines.push(outcome.text);
      else result.errors.push(outcome.text);
    }
  });
  return result;
}

/** Each document's value as kubectl sends it (a List's items one by one), with the document it came from. */
function documentsOfText(parsed: ParsedText): { value: Json; doc: number }[] {
  return parsed.docs
    .filter((d) => !d.empty)
    .flatMap((d) => objectsOf(d.value).map((value) => ({ value, doc: d.index })));
}

function writeObject(
  session: Session,
  input: Json,
  diagnostics: Diagnostic[],
  mode: WriteMode,
  file: string | undefined,
  namespaceFlag: string | undefined,
  options: WriteOptions,
): { ok: boolean; text: string; warning?: string } {
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
      : (decoding[0]?.message ?? '');
    return {
      ok: false,
      text: `Error from server (BadRequest): ${where}${kind} in version "${version}" cannot be handled as a ${kind}: ${detail}`,
    };
  }
  // ingress-nginx's validating webhook answers after the API server's own validation passes; its denial is
  // a BadRequest status carrying the webhook's message (apiserver admission/plugin/webhook/errors ToStatusErr).
  const webhook = diagnostics.filter((d) => d.message.startsWith(WEBHOOK_DENIAL));
  const rejected = diagnostics.filter((d) => !d.message.startsWith(WEBHOOK_DENIAL));
  if (rejected.length > 0) return { ok: false, text: invalid(kind, name, rejected) };
  if (namespaceFlag && typeof metadata.namespace === 'string' && metadata.namespace !== namespaceFlag) {
    return {
      ok: false,
      text: `error: the namespace from the provided object "${metadata.namespace}" does not match the namespace "${namespaceFlag}". You must pass '--namespace=${metadata.namespace}' to perform this operation.`,
    };
  }
  const namespace = type.namespaced ? String(metadata.namespace ?? namespaceFlag ?? 'default') : undefined;
  const placed = type.namespaced ? { ...input, metadata: { ...metadata, namespace } } : input;
  if (namespace && !namespaceExists(session.store, namespace)) {
    return { ok: false, text: `Error from server (NotFound): ${where}namespaces "${namespace}" not found` };
  }
  const existing = session.store.find(kind, namespace, name);
  // Within one text the engine's validation already ran the webhook over the earlier objects; against what
  // the cluster holds, ingressAdmission does.
  const denial =
    kind === 'Ingress' ? (webhook[0]?.message ?? ingressAdmission(session.store.cluster, placed)?.message) : undefined;
  if (denial) return { ok: false, text: `Error from server (BadRequest): ${where}${denial}` };
  const taken = allocationErrors(session, placed, existing);
  if (taken.length > 0) return { ok: false, text: invalid(kind, name, taken) };
  // apply and create --save-config record what was applied (apply.go, util.CreateOrUpdateAnnotation).
  const value =
    mode === 'apply' || options.saveConfig ? withLastApplied(placed) : keepLastApplied(placed, existing?.value);
  const warning =
    mode === 'apply' && existing && !hasLastApplied(existing.value)
      ? // apply.go warningNoLastAppliedConfigAnnotation, with info.ObjectName() (resource.group/name).
        `Warning: resource ${qualifiedPlural(type)}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`
      : undefined;
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
    return { ok: true, text: `${label} configured`, ...(warning ? { warning } : {}) };
  }
  session.store.add(withDefaultClass(session, value), session.now());
  return { ok: true, text: `${label} created` };
}

const WEBHOOK_DENIAL = 'admission webhook ';

/** kubectl's StandardErrorMessage for an Invalid status: one cause inline, several as a list. */
export function invalid(kind: string, name: string, diagnostics: Pick<Diagnostic, 'path' | 'message'>[]): string {
  const causes = diagnostics.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message));
  const head = `The ${kind} "${name}" is invalid: `;
  return causes.length === 1 ? head + causes[0] : `${head}\n${causes.map((c) => `* ${c}`).join('\n')}`;
}
