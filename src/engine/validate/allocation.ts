// What the Service REST storage checks while it allocates, across the Services of one text in order:
// pkg/registry/core/service/portallocator (nodePorts, 30000-32767) and ipallocator (clusterIPs, 10.96.0.0/12,
// the kubeadm default the course's cluster uses). A second Service asking for a taken value is refused.
import * as errors from './errors';
import type { FieldError } from './errors';
import { cidrContains, parseCIDRSloppy, parseIPSloppy } from '../net/address';
import { clusterIPPath } from './core/service';
import type { FieldPath } from './path';
import { arr, num, obj, str } from '../values';
import type { Obj } from '../values';
import { NODE_PORT_RANGE, SERVICE_CIDR } from '../constants';

const serviceCidr = parseCIDRSloppy(SERVICE_CIDR)!;

export class Allocator {
  private readonly nodePorts = new Set<string>();
  private readonly clusterIPs = new Set<string>();

  /**
   * Checks what a defaulted Service spec asks for and returns the allocators' refusals. Only a Service the
   * server would store (`commit`) keeps its values: a refused create rolls its allocation back.
   */
  allocate(spec: Obj, specPath: FieldPath, commit: boolean): FieldError[] {
    const out: FieldError[] = [];
    const type = str(spec.type);
    if (type === 'NodePort' || type === 'LoadBalancer') {
      const mine = new Set<string>();
      arr(spec.ports).forEach((raw, i) => {
        const port = obj(raw);
        const nodePort = num(port.nodePort);
        if (nodePort === 0) return;
        const path = specPath.child('ports').index(i).child('nodePort');
        const key = String(nodePort);
        if (nodePort < NODE_PORT_RANGE.min || nodePort > NODE_PORT_RANGE.max) {
          out.push(
            errors.invalid(
              path,
              nodePort,
              `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`,
              `nodePort는 클러스터의 NodePort 범위(${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}) 안에서 골라야 합니다: 예를 들어 30008처럼 바꾸거나 지워서 자동으로 받으세요.`,
            ),
          );
        } else if (this.nodePorts.has(key) && !mine.has(key)) {
          out.push(
            errors.invalid(
              path,
              nodePort,
              'provided port is already allocated',
              `nodePort ${nodePort}은 이 텍스트의 앞선 Service가 이미 쓰고 있습니다: 다른 번호를 쓰거나 비워 두세요.`,
            ),
          );
        } else {
          mine.add(key);
        }
      });
      if (commit) for (const key of mine) this.nodePorts.add(key);
    }
    const clusterIP = str(arr(spec.clusterIPs)[0]);
    if (type !== 'ExternalName' && clusterIP !== '' && clusterIP !== 'None') {
      const ip = parseIPSloppy(clusterIP);
      if (ip) {
        const path = clusterIPPath(specPath, 0);
        if (!cidrContains(serviceCidr, ip)) {
          out.push(
            errors.invalid(
              path,
              clusterIP,
              `failed to allocate IP ${clusterIP}: the provided IP (${clusterIP}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`,
              `clusterIP는 Service CIDR(${SERVICE_CIDR}) 안의 주소여야 합니다: 지우면 API 서버가 알아서 하나 줍니다.`,
            ),
          );
        } else if (this.clusterIPs.has(clusterIP)) {
          out.push(
            errors.invalid(
              path,
              clusterIP,
              `failed to allocate IP ${clusterIP}: provided IP is already allocated`,
              `clusterIP ${clusterIP}는 앞선 Service가 이미 쓰고 있으니 다른 주소를 쓰거나 지우세요.`,
            ),
          );
        } else if (commit) {
          this.clusterIPs.add(clusterIP);
        }
      }
    }
    return out;
  }
}
