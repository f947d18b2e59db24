// NetworkPolicy (networking.k8s.io/v1) after the API server's defaulting
// (pkg/apis/networking/v1/defaults.go SetDefaults_NetworkPolicy).
import { message } from '../messages';
import type { LabelSelector, NetworkPolicyModel, NetworkPolicyPeerModel, NetworkPolicyRuleModel } from '../model';
import type { Protocol } from '../types';
import { readSelector } from '../labels';
import { arr, integer, intOrString, record, text } from '../values';
import { namespaceOf, type ManifestObject } from './objects';
import type { Recorder } from './recorder';

export function networkPolicyFrom(object: ManifestObject, recorder: Recorder): NetworkPolicyModel {
  const namespace = namespaceOf(object);
  const what = `NetworkPolicy ${namespace}/${object.name}`;
  const spec = record(object.defaulted.spec) ?? {};
  const ingress = arr(spec.ingress).map((r) => ruleFrom(record(r) ?? {}, 'from'));
  const egress = arr(spec.egress).map((r) => ruleFrom(record(r) ?? {}, 'to'));
  // SetDefaults_NetworkPolicy: "Any policy that does not specify policyTypes implies at least Ingress";
  // Egress too when egress rules are given.
  const policyTypes = arr(spec.policyTypes).filter((t): t is 'Ingress' | 'Egress' => t === 'Ingress' || t === 'Egress');
  if (arr(object.spec.policyTypes).length === 0) {
    recorder.assume(
      what,
      'spec.policyTypes',
      policyTypes.join(','),
      message('cluster.policyTypes', { name: object.name, policyTypes }),
    );
  }
  return {
    namespace,
    name: object.name,
    podSelector: selectorFrom(spec.podSelector) ?? {},
    policyTypes,
    ingress,
    egress,
    source: object.source,
  };
}

function ruleFrom(rule: Record<string, unknown>, peersKey: 'from' | 'to'): NetworkPolicyRuleModel {
  return {
    peers: arr(rule[peersKey]).map((p) => peerFrom(record(p) ?? {})),
    ports: arr(rule.ports).map((p) => {
      const port = record(p) ?? {};
      const value = intOrString(port.port);
      const endPort = integer(port.endPort);
      return {
        protocol: (text(port.protocol) as Protocol | undefined) ?? 'TCP',
        ...(value !== undefined ? { port: value } : {}),
        ...(endPort !== undefined ? { endPort } : {}),
      };
    }),
  };
}

function peerFrom(peer: Record<string, unknown>): NetworkPolicyPeerModel {
  const podSelector = selectorFrom(peer.podSelector);
  const namespaceSelector = selectorFrom(peer.namespaceSelector);
  const block = record(peer.ipBlock);
  return {
    ...(podSelector ? { podSelector } : {}),
    ...(namespaceSelector ? { namespaceSelector } : {}),
    ...(block
      ? {
          ipBlock: {
            cidr: text(block.cidr) ?? '',
            except: arr(block.except).filter((e): e is string => typeof e === 'string'),
          },
        }
      : {}),
  };
}

/** undefined when the field is absent; `{}` (select everything) when present but empty. */
function selectorFrom(value: unknown): LabelSelector | undefined {
  return value === undefined ? undefined : readSelector(value);
}
