// kubectl patch TYPE NAME|TYPE/NAME -p PATCH|--patch-file FILE [--type strategic|merge|json]
// (kubectl v0.34.1 pkg/cmd/patch/patch.go). The API server applies the patch to the object it holds and
// validates the result as any update; here that is the stored document through update().
import { parse } from 'yaml';
import { last, parseFlags } from './args';
import { toYaml } from './manifest';
import { fail, finish, type CommandOutput } from './output';
import { applyJsonPatch } from './patch-json';
import { mergePatch, strategicMergePatch } from './patch-merge';
import { qualifiedSingular, type ResourceType } from './resources';
import { readFile, type Session } from './session';
import type { Json } from './store';
import { resolveStored, resourceReferences, update } from './update';
import { record } from './json-values';

const FLAGS = {
  // -o and --dry-run are not taken (a dry run that wrote would be worse than the unknown-flag error).
  values: { namespace: 'n', patch: 'p', 'patch-file': '', type: '' },
  booleans: {},
};

/** patch.go patchTypes, by the --type word, as the Content-Type kubectl sends. */
const PATCH_TYPES: Record<string, string> = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

// apiserver handlers/patch.go: a JSON patch that cannot be applied is a 422 without details, which
// kubectl's CheckErr prints as an invalid request.
const JSON_PATCH_FAILED = 'The request is invalid: the server rejected our request due to an error in our request';

export function patch(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, FLAGS);
  if (typeof args === 'string') return fail(args);
  const inline = last(args, 'patch');
  const file = last(args, 'patch-file');
  // patch.go Validate.
  if (inline !== undefined && file !== undefined)
    return fail('error: cannot specify --patch and --patch-file together');
  if (!inline && !file) return fail('error: must specify --patch or --patch-file containing the contents of the patch');
  const typeWord = last(args, 'type') ?? 'strategic';
  const contentType = PATCH_TYPES[typeWord.toLowerCase()];
  if (!contentType) return fail(`error: --type must be one of [json merge strategic], not "${typeWord}"`);
  const text = inline ?? (file === undefined ? undefined : readFile(session, file));
  if (text === undefined) return fail(`error: unable to read patch file: open ${file}: no such file or directory`);
  let patchValue: unknown;
  try {
    patchValue = parse(text, { version: '1.1' });
  } catch (error) {
    // yaml.ToJSON's error comes from Go's YAML reader, whose words this parser does not share.
    return fail(`error: unable to parse "${text}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const [first] = args.positional;
  if (!first)
    return fail(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    );
  const references = resourceReferences(args.positional);
  if (references.length === 0) return fail(`error: resource(s) were provided, but no name was specified`);
  const lines: string[] = [];
  const errors: string[] = [];
  for (const reference of references) {
    const target = resolveStored(session, reference, last(args, 'namespace'));
    if (typeof target === 'string') {
      errors.push(target);
      continue;
    }
    const outcome = patchOne(
      session,
      target.type,
      target.stored.value,
      patchValue,
      typeWord.toLowerCase(),
      contentType,
    );
    if (outcome.ok) lines.push(`${qualifiedSingular(target.type)}/${target.stored.name} ${outcome.text}`);
    else errors.push(outcome.text);
  }
  return finish(lines, errors);
}

function patchOne(
  session: Session,
  type: ResourceType,
  current: Json,
  patchValue: unknown,
  typeWord: string,
  contentType: string,
): { ok: boolean; text: string } {
  const patched = patchedDocument(type, current, patchValue, typeWord, contentType);
  if (typeof patched === 'string') return { ok: false, text: patched };
  // patch.go patchOperation: the object the server returns equal to the one before → "(no change)".
  if (toYaml(patched) === toYaml(current)) return { ok: true, text: 'patched (no change)' };
  const failed = update(session, patched);
  return failed ? { ok: false, text: failed.text } : { ok: true, text: 'patched' };
}

function patchedDocument(
  type: ResourceType,
  current: Json,
  patchValue: unknown,
  typeWord: string,
  contentType: string,
): Json | string {
  if (typeWord === 'json') {
    // evanphx/json-patch DecodePatch: the body must be a JSON array (a BadRequest otherwise).
    if (!Array.isArray(patchValue))
      return `Error from server (BadRequest): json: cannot unmarshal ${jsonKind(patchValue)} into Go value of type jsonpatch.Patch`;
    return applyJsonPatch(current, patchValue) ?? JSON_PATCH_FAILED;
  }
  if (!record(patchValue)) return `이 터미널의 kubectl patch는 ${typeWord} 패치로 JSON/YAML 객체({...})만 받습니다.`;
  if (typeWord === 'merge') return record(mergePatch(current, patchValue)) ?? current;
  // Custom resources (the Gateway API kinds) have no Go struct to take merge keys from: the API server
  // refuses the media type and patch.go names the type and kind (GroupVersionKind.String()).
  if (type.group !== '' && !['apps', 'networking.k8s.io', 'discovery.k8s.io'].includes(type.group))
    return `error: ${contentType} is not supported by ${type.group}/${type.apiVersion.split('/')[1]}, Kind=${type.kind}: the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`;
  return record(strategicMergePatch(current, patchValue)) ?? current;
}

/** The JSON kind Go's encoding/json names in an UnmarshalTypeError. */
function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return 'number';
}
