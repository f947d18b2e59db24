// ingress-nginx's validating admission webhook as kubectl meets it at apply time: over the objects of one
// text in order (validate), or over one Ingress sent to a cluster that already holds others (the terminal).
// The objects are read as the cluster loader reads them (cluster/ingresses.ts), so the webhook sees what the
// router sees.
import type { Cluster, IngressClassModel, IngressModel } from '../model';
import { ingressClassFrom, ingressFrom } from '../cluster/ingresses';
import type { ManifestObject } from '../cluster/objects';
import { Recorder } from '../cluster/recorder';
import { record, text } from '../values';
import { nginxConfig } from './compile';
import { admissionOf, deniedRequest } from './nginx/admission';
import { classOf } from './nginx/classes';

export interface WebhookDenial {
  /** What the API server answers: `admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: …`. */
  message: string;
  /** Korean: why, for the learner. */
  reason: string;
  /** The path of the Ingress the denial is about (rule and path index), when it names one. */
  at?: { rule: number; path: number };
}

/**
 * `kubectl apply` of one Ingress (`ingress`: the object as sent, plain JSON, metadata.namespace filled in) to
 * `cluster` as it stands: undefined when ingress-nginx's webhook admits it or does not handle its class, else
 * the denial. kubectl prints it as `Error from server (BadRequest): error when creating "FILE": MESSAGE`.
 */
export function ingressAdmission(cluster: Cluster, ingress: unknown): WebhookDenial | undefined {
  const model = ingressOf(ingress, cluster.ingresses.length);
  if (!model || !classOf(cluster, model).served) return undefined;
  return denialOf(model, nginxConfig(cluster).admitted);
}

/** The webhook over the objects of one text in order (as kubectl apply sends them), by index in `objects`. */
export function webhookDenials(objects: readonly { kind: string; value: unknown }[]): Map<number, WebhookDenial> {
  const classes = {
    ingressClasses: objects.flatMap((o) => (o.kind === 'IngressClass' ? ingressClassOf(o.value) : [])),
  };
  const admitted: IngressModel[] = [];
  const denials = new Map<number, WebhookDenial>();
  objects.forEach((object, index) => {
    const model = object.kind === 'Ingress' ? ingressOf(object.value, index) : undefined;
    if (!model || !classOf(classes, model).served) return;
    const denial = denialOf(model, admitted);
    if (denial) denials.set(index, denial);
    else admitted.push(model);
  });
  return denials;
}

function denialOf(model: IngressModel, admitted: readonly IngressModel[]): WebhookDenial | undefined {
  const decision = admissionOf(model, admitted);
  if (decision.served || !decision.webhookMessage) return undefined;
  return {
    message: deniedRequest(decision.webhookMessage),
    reason: decision.reason,
    ...(decision.at ? { at: decision.at } : {}),
  };
}

function manifestObject(value: unknown, kind: string): ManifestObject | undefined {
  const raw = record(value);
  const metadata = record(raw?.metadata);
  const name = text(metadata?.name);
  if (!raw || !metadata || !name) return undefined;
  const namespace = text(metadata.namespace);
  return {
    kind,
    apiVersion: text(raw.apiVersion) ?? '',
    name,
    ...(namespace ? { namespace } : {}),
    metadata,
    spec: record(raw.spec) ?? {},
    defaulted: raw,
    raw,
    source: { doc: 0, line: 1 },
  };
}

function ingressOf(value: unknown, order: number): IngressModel | undefined {
  const object = manifestObject(value, 'Ingress');
  return object ? ingressFrom(object, order, new Recorder()) : undefined;
}

function ingressClassOf(value: unknown): IngressClassModel[] {
  const object = manifestObject(value, 'IngressClass');
  return object ? [ingressClassFrom(object)] : [];
}
