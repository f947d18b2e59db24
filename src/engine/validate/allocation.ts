// What the Service REST storage checks while it allocates, across the Services of one text in order:
// pkg/registry/core/service/portallocator (nodePorts, 30000-32767) and ipallocator (clusterIPs, 10.96.0.0/12,
// the kubeadm default the course's cluster uses). A second Service asking for a taken value is refused.
// The REST's beginCreate allocates before validation (pkg/registry/generic/registry/store.go create():
// BeginCreate, then BeforeCreate): a refused allocation is the Service's only error, and a Service that
// validation then refuses gives its values back (txn.Revert).
import { invariant } from '../invariant';
import * as errors from './errors';
import type { FieldError } from './errors';
import { cidrContains, parseCIDRSloppy, parseIPSloppy } from '../net/address';
import { clusterIPPath } from './core/service';
import type { FieldPath } from './path';
import { arr, num, obj, str } from '../values';
import type { Obj } from '../values';
import { NODE_PORT_RANGE, SERVICE_CIDR } from '../constants';

const serviceCidr = invariant(parseCIDRSloppy(SERVICE_CIDR), 'SERVICE_CIDR parses');

export class Allocator {
  private readonly nodePorts = new Set<string>();
  private readonly clusterIPs = new Set<string>();
  private pending: { nodePorts: string[]; clusterIP?: string } = { nodePorts: [] };

  /**
   * alloc.go allocateCreate on a defaulted Service spec: the clusterIP first, then the nodePorts in order; the
   * first refusal is the only error (errors.NewInvalid with one field.Error). What it took is pending until
   * `finish` says whether validation let the Service be stored (the REST's finish: Commit or Revert).
   */
  allocate(spec: Obj, specPath: FieldPath): FieldError | undefined {
    this.pending = { nodePorts: [] };
    const type = str(spec.type);
    const clusterIPs = arr(spec.clusterIPs);
    const clusterIP = str(clusterIPs[0]);
    if (type !== 'ExternalName' && clusterIP !== '' && clusterIP !== 'None') {
      const ip = parseIPSloppy(clusterIP);
      if (ip) {
        // field.Invalid(field.NewPath("spec", "clusterIPs"), service.Spec.ClusterIPs, "failed to allocate IP …"):
        // the bad value is the whole []string, rendered as JSON since 1.34 (errors.ts).
        const path = clusterIPPath(specPath, 0).printedAs(specPath.child('clusterIPs').toString());
        const value = errors.asJson(clusterIPs.map((v) => str(v)));
        if (!cidrContains(serviceCidr, ip)) {
          return errors.invalid(
            path,
            value,
            `failed to allocate IP ${clusterIP}: the provided IP (${clusterIP}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`,
            `clusterIP는 Service CIDR(${SERVICE_CIDR}) 안의 주소여야 합니다: 지우면 API 서버가 알아서 하나 줍니다.`,
          );
        }
        if (this.clusterIPs.has(clusterIP)) {
          return errors.invalid(
            path,
            value,
            `failed to allocate IP ${clusterIP}: provided IP is already allocated`,
            `clusterIP ${clusterIP}는 앞선 Service가 이미 쓰고 있으니 다른 주소를 쓰거나 지우세요.`,
          );
        }
        this.pending.clusterIP = clusterIP;
      }
    }
    if (type !== 'NodePort' && type !== 'LoadBalancer') return undefined;
    const mine = new Set<string>();
    const ports = arr(spec.ports);
    for (let i = 0; i < ports.length; i++) {
      const nodePort = num(obj(ports[i]).nodePort);
      if (nodePort === 0) continue;
      const path = specPath.child('ports').index(i).child('nodePort');
      const key = String(nodePort);
      if (nodePort < NODE_PORT_RANGE.min || nodePort > NODE_PORT_RANGE.max) {
        return errors.invalid(
          path,
          nodePort,
          `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`,
          `nodePort는 클러스터의 NodePort 범위(${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}) 안에서 골라야 합니다: 예를 들어 30008처럼 바꾸거나 지워서 자동으로 받으세요.`,
        );
      }
      // One Service may use a node port twice (TCP and UDP of one port number); another Service may not.
      if (this.nodePorts.has(key) && !mine.has(key)) {
        return errors.invalid(
          path,
          nodePort,
          'provided port is already allocated',
          `nodePort ${nodePort}은 이 텍스트의 앞선 Service가 이미 쓰고 있습니다: 다른 번호를 쓰거나 비워 두세요.`,
        );
      }
      mine.add(key);
    }
    this.pending.nodePorts = [...mine];
    return undefined;
  }

  /** Keeps what the last `allocate` took when the Service is stored; drops it when validation refused it. */
  finish(stored: boolean): void {
    if (stored) {
      for (const key of this.pending.nodePorts) this.nodePorts.add(key);
      if (this.pending.clusterIP) this.clusterIPs.add(this.pending.clusterIP);
    }
    this.pending = { nodePorts: [] };
  }
}
