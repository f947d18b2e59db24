// kubectl wait --for=condition=C[=V]|delete|create|jsonpath='{...}'[=V] TYPE/NAME|TYPE [NAME...] [-l SEL|--all]
// [--timeout=D] (kubectl v0.34.1 pkg/cmd/wait/wait.go, condition.go, delete.go, json.go). The lab's
// controllers settle at once, so what holds now holds for good: a condition met prints `TYPE/NAME condition
// met`, one not met is the timeout kubectl reaches after --timeout (default 30s), told at once.
import { matchesSelector, parseSelector } from '../engine';
import { last, parseFlags } from './args';
import { evaluateExpression, format } from './jsonpath';
import { manifestOf } from './manifest';
import { fail, finish, type CommandOutput } from './output';
import { qualifiedPlural, qualifiedSingular, resourceType, type ResourceType } from './resources';
import { DEFAULT_NAMESPACE, type Session } from './session';
import type { Json } from './store';
import { record } from './json-values';
import { listObjects, type ApiObject } from './views';

const FLAGS = {
  values: { for: '', timeout: '', namespace: 'n', selector: 'l' },
  booleans: { all: '' },
};

type Check = { kind: 'delete' } | { kind: 'create' } | { kind: 'test'; holds: (object: ApiObject) => boolean };

export function wait(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, FLAGS);
  if (typeof args === 'string') return fail(args);
  const forText = last(args, 'for') ?? '';
  const check = checkFor(forText, session);
  if (typeof check === 'string') return fail(check);
  const timeout = durationMs(last(args, 'timeout') ?? '30s');
  if (timeout === undefined)
    return fail(`error: invalid argument "${last(args, 'timeout')}" for "--timeout" flag: time: invalid duration`);
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const targets = targetsOf(session, args.positional, namespace, last(args, 'selector'), last(args, 'all') === 'true');
  if (typeof targets === 'string') return fail(targets);
  const lines: string[] = [];
  const errors: string[] = [];
  for (const target of targets) {
    const name = `${qualifiedSingular(target.type)}/${target.name}`;
    const object = target.object;
    if (!object) {
      // wait.go: NotFound is ignored when waiting for deletion (nothing printed); otherwise the builder's error.
      if (check.kind !== 'delete')
        errors.push(`Error from server (NotFound): ${qualifiedPlural(target.type)} "${target.name}" not found`);
      continue;
    }
    const holds = check.kind === 'delete' ? false : check.kind === 'create' ? true : check.holds(object);
    if (holds) lines.push(`${name} condition met`);
    // condition.go / delete.go: with --timeout=0 the object is checked once.
    else if (timeout === 0) errors.push(`error: condition not met for ${qualifiedPlural(target.type)}/${target.name}`);
    // extendErrWaitTimeout: wait.ErrWaitTimeout "on %s/%s" with the resource's plural (no group).
    else errors.push(`error: timed out waiting for the condition on ${target.type.plural}/${target.name}`);
  }
  if (targets.length === 0 && check.kind !== 'delete') return fail('error: no matching resources found');
  return finish(lines, errors);
}

/** wait.go conditionFuncFor. */
function checkFor(text: string, session: Session): Check | string {
  const lower = text.toLowerCase();
  if (lower === 'delete') return { kind: 'delete' };
  if (lower === 'create') return { kind: 'create' };
  if (text.startsWith('condition=')) {
    const rest = text.slice('condition='.length);
    const at = rest.indexOf('=');
    const name = at < 0 ? rest : rest.slice(0, at);
    const status = at < 0 ? 'true' : rest.slice(at + 1);
    return {
      kind: 'test',
      holds: (object) =>
        conditionsOf(object, session.now()).some(
          (c) => c.type.toLowerCase() === name.toLowerCase() && c.status.toLowerCase() === status.toLowerCase(),
        ),
    };
  }
  if (text.startsWith('jsonpath=')) {
    const parts = splitOnSingleEquals(text.slice('jsonpath='.length));
    const [expression, , ...more] = parts;
    if (expression === undefined || more.length > 0)
      return "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'";
    if (expression === '') return 'error: jsonpath expression cannot be empty';
    const expected = parts[1]?.replace(/^['"]+|['"]+$/g, '');
    if (expected === '')
      return "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3";
    return {
      kind: 'test',
      holds: (object) => {
        const found = evaluateExpression(expression, manifestWithConditions(object, session.now()));
        if (typeof found === 'string' || found.length === 0) return false;
        return expected === undefined || format(found[0]) === expected;
      },
    };
  }
  return `error: unrecognized condition: "${text}"`;
}

/** splitJSONPathInput: split on a single `=`, keeping `==`. */
function splitOnSingleEquals(input: string): string[] {
  const out: string[] = [];
  let element = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        element += '==';
        i++;
        continue;
      }
      out.push(element);
      element = '';
      continue;
    }
    element += input[i];
  }
  return [...out, element];
}

interface Target {
  type: ResourceType;
  name: string;
  object?: ApiObject;
}

function targetsOf(
  session: Session,
  positional: string[],
  namespace: string,
  selectorText: string | undefined,
  all: boolean,
): Target[] | string {
  const [first, ...rest] = positional;
  if (!first)
    return "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";
  const pairs = first.includes('/')
    ? positional.map((p) => [p.slice(0, p.indexOf('/')), p.slice(p.indexOf('/') + 1)] as const)
    : rest.map((name) => [first, name] as const);
  const found = (type: ResourceType, name: string): Target => ({
    type,
    name,
    object: listObjects(session.store, type.kind).find(
      (o) => o.name === name && (!type.namespaced || o.namespace === namespace),
    ),
  });
  if (pairs.length > 0) {
    const targets: Target[] = [];
    for (const [typeName, name] of pairs) {
      const type = resourceType(typeName);
      if (!type) return `error: the server doesn't have a resource type "${typeName}"`;
      targets.push(found(type, name));
    }
    return targets;
  }
  const type = resourceType(first);
  if (!type) return `error: the server doesn't have a resource type "${first}"`;
  if (selectorText === undefined && !all) return `error: resource(s) were provided, but no name was specified`;
  const selector = parseSelector(selectorText ?? '');
  if (typeof selector === 'string') return selector;
  return listObjects(session.store, type.kind)
    .filter((o) => !type.namespaced || o.namespace === namespace)
    .filter((o) => matchesSelector(o.labels, selector))
    .map((object) => ({ type, name: object.name, object }));
}

interface Condition {
  type: string;
  status: string;
}

/**
 * status.conditions as the API server would hold them: a written status as written; a lab pod as the
 * kubelet reports a started one (PodReadyToStartContainers, Initialized, Ready, ContainersReady,
 * PodScheduled); a Deployment as the controller sets Available (available ≥ replicas − maxUnavailable,
 * deployment_util.go) and Progressing (NewReplicaSetAvailable once every pod is ready).
 */
function conditionsOf(object: ApiObject, now: number): Condition[] {
  const written = record(object.stored?.value.status)?.conditions;
  if (Array.isArray(written))
    return written
      .map((c) => record(c) ?? {})
      .map((c) => ({ type: String(c.type ?? ''), status: String(c.status ?? '') }));
  const bool = (value: boolean) => (value ? 'True' : 'False');
  switch (object.kind) {
    case 'Pod':
      return [
        { type: 'PodReadyToStartContainers', status: 'True' },
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: bool(object.pod.ready) },
        { type: 'ContainersReady', status: bool(object.pod.ready) },
        { type: 'PodScheduled', status: bool(object.pod.nodeName !== '') },
      ];
    case 'Deployment': {
      const ready = object.pods.filter((p) => p.ready).length;
      const unavailable = maxUnavailable(record(object.stored?.value.spec) ?? {}, object.replicas);
      return [
        { type: 'Available', status: bool(ready >= object.replicas - unavailable) },
        { type: 'Progressing', status: 'True' },
      ];
    }
    default: {
      const served = record(manifestOf(object, now).status)?.conditions;
      return Array.isArray(served)
        ? served
            .map((c) => record(c) ?? {})
            .map((c) => ({ type: String(c.type ?? ''), status: String(c.status ?? '') }))
        : [];
    }
  }
}

/** spec.strategy.rollingUpdate.maxUnavailable: an int, or a percent rounded down (default 25%); 0 for Recreate. */
function maxUnavailable(spec: Json, replicas: number): number {
  const strategy = record(spec.strategy);
  if (strategy?.type === 'Recreate') return 0;
  const value = record(strategy?.rollingUpdate)?.maxUnavailable ?? '25%';
  if (typeof value === 'number') return value;
  const percent = /^(\d+)%$/.exec(String(value));
  return percent ? Math.floor((Number(percent[1]) * replicas) / 100) : 0;
}

function manifestWithConditions(object: ApiObject, now: number): Json {
  const manifest = manifestOf(object, now);
  return { ...manifest, status: { ...(record(manifest.status) ?? {}), conditions: conditionsOf(object, now) } };
}

/** A Go duration as --timeout takes it (`30s`, `2m`, `1h30m`, `0`); negative means a week. */
function durationMs(text: string): number | undefined {
  if (text === '0') return 0;
  const [match, negative, terms = ''] = /^(-?)((?:\d+(?:\.\d+)?(?:h|ms|m|s))+)$/.exec(text) ?? [];
  if (!match) return undefined;
  let total = 0;
  for (const [, amount, unit] of terms.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g))
    total += Number(amount) * { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }[unit as 'h' | 'm' | 's' | 'ms'];
  return negative ? 7 * 24 * 3_600_000 : total;
}
