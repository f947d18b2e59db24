// The structured answer of a policy check: the explanation sentence, the CLI's --json and the
// matrix cell all render this one record (as cyclonus renders its table from matcher results).
import type { PolicyVerdict, Protocol } from '../types';
import type { Direction } from './compile';

/** One side of the connection as the check saw it. */
export interface PartyRef {
  kind: 'pod' | 'ip';
  /** `NS/NAME` for a pod, the address for an ip. */
  name: string;
  ip?: string;
  /** The pod's node, or the node that owns the address. */
  node?: string;
  hostNetwork?: boolean;
  /** Given as `ip:ADDRESS`, and the address is this pod's. */
  byAddress?: string;
  /** The address is this Service's clusterIP (`NS/NAME`): policies see the pod kube-proxy picks, not this address. */
  service?: string;
}

/** A rule that admitted the connection: indexes as in the manifest (`ingress[rule].from[peer]`, `ports[port]`). */
export interface RuleMatch {
  policy: string;
  rule: number;
  /** undefined: the rule lists no peers (every peer). */
  peer?: number;
  /** undefined: the rule lists no ports (every port). */
  port?: number;
  /** The peer is an ipBlock that matched a pod's IP: implementation-defined (network-policies.md, ipBlock). */
  ipBlockOnPod?: boolean;
}

/** A rule of an isolating policy that did not admit the connection, and which half failed. */
export interface RuleMiss {
  policy: string;
  rule: number;
  peerMatched: boolean;
  portMatched: boolean;
  /** No peer matched, the rule has an ipBlock and the other end is a pod: ipBlock on pod IPs is implementation-defined. */
  ipBlockOnPod?: boolean;
}

/**
 * Why a side is not decided by policies at all:
 * `not-a-pod`: that end is an address outside the pod network; `host-network`: a hostNetwork pod;
 * `loopback`: a pod talking to itself; `node-local`: the other end is the pod's own node.
 */
export type Exemption = 'not-a-pod' | 'host-network' | 'loopback' | 'node-local';

export interface SideDecision {
  direction: Direction;
  allowed: boolean;
  /** The pod whose policies decide this side (`NS/NAME`). */
  subject?: string;
  exempt?: Exemption;
  /** Policies (`NS/NAME`) that select the subject with this policyType. */
  isolatedBy: string[];
  matches: RuleMatch[];
  misses: RuleMiss[];
}

export interface InputProblem {
  field: 'from' | 'to' | 'port' | 'protocol';
  code: 'syntax' | 'unknown-pod' | 'bad-address' | 'out-of-range' | 'not-supported';
  value: string;
}

export interface PolicyDecision {
  from?: PartyRef;
  to?: PartyRef;
  port: number;
  protocol: Protocol;
  /** Empty when the request was well formed; otherwise nothing was evaluated and `allowed` is false. */
  problems: InputProblem[];
  allowed: boolean;
  egress: SideDecision;
  ingress: SideDecision;
}

/** What checkPolicy returns: the contract's verdict plus the record its explanation was rendered from. */
export interface PolicyCheck extends PolicyVerdict {
  decision?: PolicyDecision;
}
