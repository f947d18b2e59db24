// Findings across the documents of one text that the API server accepts but that leave a learner's example
// without traffic: a Service selecting no pod, a targetPort no selected container declares, a NetworkPolicy
// selecting nothing. Only judged when the text holds candidate pods (a lone Service proves nothing).
import { message } from '../messages';
import * as errors from './errors';
import type { FieldError } from './errors';
import type { FieldPath } from './path';
import { matchesLabels, matchesSelector, readSelector } from '../labels';
import { arr, num, obj, str, stringMap } from '../values';
import type { Obj } from '../values';
import { append } from '../list';

interface Workload {
  namespace: string;
  labels: Record<string, string>;
  ports: { name: string; containerPort: number; protocol: string }[];
}

interface Finding {
  doc: number;
  error: FieldError;
}

export class CrossChecks {
  private readonly workloads: Workload[] = [];
  private readonly services: { doc: number; namespace: string; spec: Obj; specPath: FieldPath }[] = [];
  private readonly policies: { doc: number; namespace: string; spec: Obj; specPath: FieldPath }[] = [];

  /** Records a valid, defaulted object of the text. */
  add(doc: number, kind: string, namespace: string, object: Obj, root: FieldPath): void {
    const spec = obj(object.spec);
    switch (kind) {
      case 'Pod':
        this.workloads.push(workload(namespace, obj(object.metadata), spec));
        break;
      case 'Deployment':
      case 'ReplicaSet': {
        const template = obj(spec.template);
        this.workloads.push(workload(namespace, obj(template.metadata), obj(template.spec)));
        break;
      }
      case 'Service':
        this.services.push({ doc, namespace, spec, specPath: root.child('spec') });
        break;
      case 'NetworkPolicy':
        this.policies.push({ doc, namespace, spec, specPath: root.child('spec') });
        break;
    }
  }

  findings(): Finding[] {
    if (this.workloads.length === 0) return [];
    // Workloads by namespace and by each label pair, so that a pasted text with thousands of objects is
    // matched in near-linear time rather than every selector against every pod.
    const byPair = new Map<string, Workload[]>();
    const byNamespace = new Map<string, Workload[]>();
    for (const w of this.workloads) {
      push(byNamespace, w.namespace, w);
      for (const [k, v] of Object.entries(w.labels)) push(byPair, pairKey(w.namespace, k, v), w);
    }
    const candidates = (namespace: string, labels: Record<string, string>): Workload[] => {
      const first = Object.entries(labels)[0];
      return first ? (byPair.get(pairKey(namespace, first[0], first[1])) ?? []) : (byNamespace.get(namespace) ?? []);
    };
    const out: Finding[] = [];
    for (const svc of this.services) {
      const selector = stringMap(svc.spec.selector);
      if (!selector || Object.keys(selector).length === 0 || str(svc.spec.type) === 'ExternalName') continue;
      const selected = candidates(svc.namespace, selector).filter((w) => matchesLabels(w.labels, selector));
      const shown = Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      if (selected.length === 0) {
        out.push({
          doc: svc.doc,
          error: errors.warning(
            'Invalid',
            svc.specPath.child('selector'),
            `selector ${shown} matches no Pod, Deployment or ReplicaSet template in namespace "${svc.namespace}" of this text: the Service would have no endpoints`,
            message('warning.serviceSelectsNothing', { selector: shown }),
          ),
        });
        continue;
      }
      arr(svc.spec.ports).forEach((raw, i) =>
        append(
          out,
          this.targetPortFinding(svc.doc, obj(raw), selected, svc.specPath.child('ports').index(i).child('targetPort')),
        ),
      );
    }
    for (const policy of this.policies) {
      const matchLabels = stringMap(obj(policy.spec.podSelector).matchLabels) ?? {};
      const podSelector = readSelector(policy.spec.podSelector);
      if (candidates(policy.namespace, matchLabels).some((w) => matchesSelector(w.labels, podSelector))) continue;
      out.push({
        doc: policy.doc,
        error: errors.warning(
          'Invalid',
          policy.specPath.child('podSelector'),
          `podSelector selects no Pod of namespace "${policy.namespace}" in this text: the policy isolates nothing`,
          message('warning.policySelectsNothing'),
        ),
      });
    }
    return out;
  }

  private targetPortFinding(doc: number, port: Obj, selected: Workload[], path: FieldPath): Finding[] {
    const target = port.targetPort;
    const protocol = str(port.protocol) || 'TCP';
    const ports = selected.flatMap((w) => w.ports).filter((p) => p.protocol === protocol);
    if (typeof target === 'string') {
      if (ports.some((p) => p.name === target)) return [];
      return [
        {
          doc,
          error: errors.warning(
            'Invalid',
            path,
            `no selected container declares a ${protocol} port named "${target}": the name resolves to no endpoint`,
            message('warning.namedTargetPort', { target }),
          ),
        },
      ];
    }
    // A numeric targetPort works without a declaration; only when the containers list ports and this one is
    // not among them is it likely a mistake.
    if (typeof target !== 'number' || ports.length === 0 || ports.some((p) => p.containerPort === target)) return [];
    const declared = [...new Set(ports.map((p) => p.containerPort))].join(', ');
    return [
      {
        doc,
        error: errors.warning(
          'Invalid',
          path,
          `no selected container declares containerPort ${target} (declared: ${declared})`,
          message('warning.numberedTargetPort', { target, declared }),
        ),
      },
    ];
  }
}

function workload(namespace: string, metadata: Obj, podSpec: Obj): Workload {
  return {
    namespace,
    labels: stringMap(metadata.labels) ?? {},
    ports: arr(podSpec.containers).flatMap((c) =>
      arr(obj(c).ports).map((raw) => {
        const p = obj(raw);
        return { name: str(p.name), containerPort: num(p.containerPort), protocol: str(p.protocol) || 'TCP' };
      }),
    ),
  };
}

function pairKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
