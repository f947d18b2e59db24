// The pods × pods matrix over equivalence classes of pods, as cyclonus and np-guard compute it: two pods that
// every policy treats alike (same isolating policies, same membership in every rule's peers, same named
// ports for the asked port, same hostNetwork node) get the same verdicts, so each side of a connection is
// decided once per pair of classes and the cost follows the number of distinct behaviours, not pods².
import { invariant } from '../invariant';
import type { Protocol } from '../types';
import type { CompiledCluster, Direction } from './compile';
import { podParty } from './endpoint';
import { evaluateSide } from './evaluate';

/** `allowed[i][j]` for the pods at `shown` (indexes in compiled.pods): the cells decide() gives pair by pair. */
export function classMatrix(compiled: CompiledCluster, shown: number[], port: number, protocol: Protocol): boolean[][] {
  const egress = sideTable(compiled, 'egress', shown, port, protocol);
  const ingress = sideTable(compiled, 'ingress', shown, port, protocol);
  const rows: boolean[][] = [];
  // The class arrays have one entry per shown pod, so the ?? 0 never applies inside these bounds.
  for (let i = 0; i < shown.length; i++) {
    const egressRow = (egress.subjectClass[i] ?? 0) * egress.peerClasses;
    const asIngressPeer = ingress.peerClass[i] ?? 0;
    const row = new Array<boolean>(shown.length);
    for (let j = 0; j < shown.length; j++) {
      row[j] =
        egress.allowed[egressRow + (egress.peerClass[j] ?? 0)] === 1 &&
        ingress.allowed[(ingress.subjectClass[j] ?? 0) * ingress.peerClasses + asIngressPeer] === 1;
    }
    // network-policies.md: "a pod cannot block access to itself".
    row[i] = true;
    rows.push(row);
  }
  return rows;
}

/**
 * One direction's verdicts by (subject class, peer class). The subject is the pod whose policies decide (the
 * source for egress, the destination for ingress); the peer is the other end.
 */
interface SideTable {
  /** By position in `shown`. */
  subjectClass: Int32Array;
  peerClass: Int32Array;
  peerClasses: number;
  /** By subject class × peer class: 1 allowed, 0 denied. */
  allowed: Uint8Array;
}

function sideTable(
  compiled: CompiledCluster,
  direction: Direction,
  shown: number[],
  port: number,
  protocol: Protocol,
): SideTable {
  const hostNodes = new Set(shown.flatMap((i) => (compiled.pods[i]?.hostNetwork ? [compiled.pods[i]?.nodeName] : [])));
  const membership = peerMembership(compiled, direction, shown);
  const subjects = new Classes();
  const peers = new Classes();
  const subjectClass = new Int32Array(shown.length);
  const peerClass = new Int32Array(shown.length);
  shown.forEach((i, position) => {
    const pod = invariant(compiled.pods[i], 'shown holds indexes into compiled.pods');
    // The destination's port names decide named NetworkPolicyPorts (on either side, the destination's pod).
    const names = JSON.stringify(
      (pod.ports ?? [])
        .filter((p) => p.containerPort === port && p.protocol === protocol && p.name !== undefined)
        .map((p) => p.name)
        .sort(),
    );
    // The node matters only where a hostNetwork pod could be the peer (traffic from a pod's own node is allowed).
    const node = hostNodes.has(pod.nodeName) ? pod.nodeName : '';
    const isolating = (compiled.isolating[direction][i] ?? []).join(',');
    subjectClass[position] = subjects.of(pod.hostNetwork ? 'host' : `${node}|${isolating}|${names}`, i);
    peerClass[position] = peers.of(`${pod.hostNetwork ? pod.nodeName : ''}|${membership[position]}|${names}`, i);
  });
  const allowed = new Uint8Array(subjects.representatives.length * peers.representatives.length);
  subjects.representatives.forEach((subject, s) =>
    peers.representatives.forEach((peer, p) => {
      const subjectParty = podParty(compiled, subject);
      const peerParty = podParty(compiled, peer);
      const [from, to] = direction === 'egress' ? [subjectParty, peerParty] : [peerParty, subjectParty];
      const side = evaluateSide(compiled, direction, subjectParty, peerParty, { from, to, port, protocol }, true);
      allowed[s * peers.representatives.length + p] = side.allowed ? 1 : 0;
    }),
  );
  return { subjectClass, peerClass, peerClasses: peers.representatives.length, allowed };
}

/**
 * For each shown pod, a class id of the peers (of this direction's rules) that contain it: the classes are
 * refined one peer at a time, so the work is peers × pods with integers only.
 */
function peerMembership(compiled: CompiledCluster, direction: Direction, shown: number[]): Int32Array {
  const classes = new Int32Array(shown.length);
  let count = 1;
  for (const policy of compiled.policies) {
    for (const rule of policy.rules[direction]) {
      for (const peer of rule.peers) {
        // A class splits in two at most: (old class, in this peer or not) → new class.
        const split = new Int32Array(count * 2).fill(-1);
        let next = 0;
        for (const [position, pod] of shown.entries()) {
          const key = (classes[position] ?? 0) * 2 + (peer.pods[pod] ?? 0);
          if (split[key] === -1) split[key] = next++;
          classes[position] = split[key] ?? 0;
        }
        count = next;
      }
    }
  }
  return classes;
}

/** Class ids by key, with the first pod seen in each class as its representative. */
class Classes {
  private readonly ids = new Map<string, number>();
  readonly representatives: number[] = [];

  of(key: string, pod: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.representatives.length;
      this.ids.set(key, id);
      this.representatives.push(pod);
    }
    return id;
  }
}
