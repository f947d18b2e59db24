// NetworkPolicy evaluation: checkPolicy (one connection, explained) and reachability (the pods × pods
// matrix). Both query the compiled form of the cluster; bad input gives a verdict, never a throw.
import type { Cluster } from '../model';
import type { PolicyRequest, Protocol, Reachability, ReachabilityRequest } from '../types';
import { compileCluster } from './compile';
import type { Direction } from './compile';
import type { InputProblem, PolicyCheck, PolicyDecision, SideDecision } from './decision';
import { isProblem, podParty, resolveEndpoint } from './endpoint';
import type { Party } from './endpoint';
import { decide } from './evaluate';
import { renderExplanation } from './explain';
import { classMatrix } from './reachability';

export type {
  Exemption,
  InputProblem,
  PartyRef,
  PolicyCheck,
  PolicyDecision,
  RuleMatch,
  RuleMiss,
  SideDecision,
} from './decision';

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

export function checkPolicy(cluster: Cluster, request: PolicyRequest): PolicyCheck {
  const compiled = compileCluster(cluster);
  const from = resolveEndpoint(compiled, 'from', request?.from);
  const to = resolveEndpoint(compiled, 'to', request?.to);
  const problems = [from, to].filter(isProblem);
  const port = readPort(request?.port, problems);
  const protocol = readProtocol(request?.protocol, problems);
  const decision =
    problems.length > 0 || isProblem(from) || isProblem(to)
      ? refused(from, to, port, protocol, problems)
      : decide(compiled, { from, to, port, protocol });
  return {
    allowed: decision.allowed,
    egress: { allowed: decision.egress.allowed, policies: decision.egress.isolatedBy },
    ingress: { allowed: decision.ingress.allowed, policies: decision.ingress.isolatedBy },
    explanation: renderExplanation(compiled, decision),
    decision,
  };
}

/** Every cell `allowed[i][j]` is checkPolicy(pods[i] → pods[j]).allowed; a bad port or protocol allows nothing. */
export function reachability(cluster: Cluster, request: ReachabilityRequest): Reachability {
  const compiled = compileCluster(cluster);
  const problems: InputProblem[] = [];
  const port = readPort(request?.port, problems);
  const protocol = readProtocol(request?.protocol, problems);
  const shown = compiled.pods.flatMap((pod, index) => (pod.implicit ? [] : [index]));
  const pods = shown.map((index) => podParty(compiled, index).ref.name);
  const allowed =
    problems.length === 0 ? classMatrix(compiled, shown, port, protocol) : shown.map(() => shown.map(() => false));
  return { pods, allowed };
}

function readPort(value: unknown, problems: InputProblem[]): number {
  const port = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  problems.push({ field: 'port', code: 'out-of-range', value: String(value) });
  return 0;
}

function readProtocol(value: unknown, problems: InputProblem[]): Protocol {
  if (value === undefined || value === null || value === '') return 'TCP';
  const protocol = String(value).toUpperCase() as Protocol;
  if (PROTOCOLS.includes(protocol)) return protocol;
  problems.push({ field: 'protocol', code: 'not-supported', value: String(value) });
  return 'TCP';
}

function refused(
  from: Party | InputProblem,
  to: Party | InputProblem,
  port: number,
  protocol: Protocol,
  problems: InputProblem[],
): PolicyDecision {
  const side = (direction: Direction): SideDecision => ({
    direction,
    allowed: false,
    isolatedBy: [],
    matches: [],
    misses: [],
  });
  return {
    from: isProblem(from) ? undefined : from.ref,
    to: isProblem(to) ? undefined : to.ref,
    port,
    protocol,
    problems,
    allowed: false,
    egress: side('egress'),
    ingress: side('ingress'),
  };
}
