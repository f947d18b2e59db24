// What the ingress-nginx admission webhook (internal/ingress/controller/controller.go CheckIngress, installed
// by the chart and the course's manifests) denies before an Ingress exists at all: a path its pathType does
// not allow (strict-validate-path-type), then a host and path another Ingress already holds (checkOverlap).
// Only Ingresses of the controller's class get here (CheckIngress skips the others).
import { message } from '../../messages';
import type { IngressModel, IngressPathModel } from '../../model';
import { key } from '../age';
import type { ClassDecision } from './classes';

// internal/ingress/inspector: with strict-validate-path-type (on by default since controller v1.12, #11819) the
// admission webhook denies an Ingress whose Exact or Prefix path has anything but letters, digits, "/", "_"
// and "-" ("ingress contains invalid paths: path … cannot be used with pathType Prefix", one line for each).
const STRICT_PATH = /^\/[A-Za-z0-9_\-/]*$/;
/** The ValidatingWebhookConfiguration's webhook name in the chart and install manifests. */
export const WEBHOOK = 'validate.nginx.ingress.kubernetes.io';
const CANARY = 'nginx.ingress.kubernetes.io/canary';

export interface AdmissionDecision extends ClassDecision {
  /** What kubectl prints when the webhook denies the Ingress (only then). */
  denied?: string;
  /** The webhook's own text, after `denied the request: ` (only when denied). */
  webhookMessage?: string;
  /** Where in the Ingress the denial points (only when denied). */
  at?: { rule: number; path: number };
}

/** The webhook's denial as the API server wraps it: `admission webhook "…" denied the request: TEXT`. */
export function deniedRequest(text: string): string {
  return `admission webhook "${WEBHOOK}" denied the request: ${text}`;
}

/**
 * CheckIngress for `ingress`, given the Ingresses of the controller's class that already exist (`admitted`,
 * oldest first: they own the host and path they name).
 */
export function admissionOf(ingress: IngressModel, admitted: readonly IngressModel[] = []): AdmissionDecision {
  const invalid = invalidPath(ingress);
  if (invalid) {
    const { rule, path, text, entry: p } = invalid;
    return denial(text, { rule, path }, message('nginx.admission.invalidPath', { path: p.path, pathType: p.pathType }));
  }
  const overlap = checkOverlap(ingress, admitted);
  if (overlap) {
    const { rule, path, text, owner } = overlap;
    return denial(text, { rule, path }, message('nginx.admission.overlap', { owner: key(owner) }));
  }
  return { served: true, reason: '' };
}

function denial(text: string, at: { rule: number; path: number }, reason: string): AdmissionDecision {
  // admission/errors ToStatusErr: a denial without a code is 400, prefixed with the webhook's name.
  return {
    served: false,
    reason,
    denied: `Error from server (BadRequest): ${deniedRequest(text)}`,
    webhookMessage: text,
    at,
  };
}

function invalidPath(
  ingress: IngressModel,
): { rule: number; path: number; text: string; entry: IngressPathModel } | undefined {
  const invalid: { rule: number; path: number; entry: IngressPathModel }[] = [];
  for (const [rule, r] of ingress.rules.entries()) {
    for (const [path, p] of r.paths.entries()) {
      if (p.path && p.pathType !== 'ImplementationSpecific' && !STRICT_PATH.test(p.path))
        invalid.push({ rule, path, entry: p });
    }
  }
  const [first] = invalid;
  if (!first) return undefined;
  // inspector.go ValidatePathType gathers every such path with errors.Join, which puts one on each line.
  const lines = invalid.map(({ entry: p }) => `path ${p.path} cannot be used with pathType ${p.pathType}`);
  return { ...first, text: `ingress contains invalid paths: ${lines.join('\n')}` };
}

/**
 * controller.go checkOverlap: for each path with a Service backend (no host is the server "_", no path is
 * "/"), the Ingresses owning a location with that host and path. An owner denies the new Ingress when the new
 * one has no canary annotation at all, or when both are canaries ("true"); a new Ingress with the annotation
 * set otherwise passes. The first path that finds any owner decides; the same Ingress (an update) is never in
 * its own way.
 */
function checkOverlap(
  ingress: IngressModel,
  admitted: readonly IngressModel[],
): { rule: number; path: number; text: string; owner: IngressModel } | undefined {
  const others = admitted.filter((a) => a.namespace !== ingress.namespace || a.name !== ingress.name);
  for (const [rule, r] of ingress.rules.entries()) {
    if (r.paths.length === 0) continue;
    const host = r.host || '_';
    for (const [path, p] of r.paths.entries()) {
      if (!p.backend.service) continue;
      const value = p.path || '/';
      const owners = others.filter((o) => holds(o, host, value, nginxType(p.pathType)));
      if (owners.length === 0) continue;
      const canary = ingress.annotations[CANARY];
      for (const owner of owners) {
        const ownerCanary = owner.annotations[CANARY] === 'true';
        // GetBoolAnnotation: a missing annotation is ErrMissingAnnotations; upstream compares the existing side's
        // error with itself, so only the new Ingress's annotation decides that branch.
        if (canary === undefined || (canary === 'true' && ownerCanary))
          return {
            rule,
            path,
            owner,
            text: `host "${host}" and path "${value}" is already defined in ingress ${key(owner)}`,
          };
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * Whether an Ingress owns the location the new path would take: getBackendServers skips a path whose host
 * already has a location with the same path and type ("Same paths but different types are allowed"), and
 * checkOverlap lets the new Ingress through as soon as it has a location of its own at that path. Types as
 * SetDefaultNGINXPathType leaves them: ImplementationSpecific is Prefix.
 */
function holds(ingress: IngressModel, host: string, path: string, pathType: string): boolean {
  return ingress.rules.some(
    (r) =>
      (r.host || '_') === host &&
      r.paths.some((p) => p.backend.service && (p.path || '/') === path && nginxType(p.pathType) === pathType),
  );
}

function nginxType(pathType: string): string {
  return pathType === 'Exact' ? 'Exact' : 'Prefix';
}
