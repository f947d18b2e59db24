// What listens in a pod: every container shares the pod's network namespace, so the pod accepts a
// connection on a port when any container listens there — on a declared containerPort (informational for
// the API server, but the course's convention) or on its image's known default port (imagePorts.ts).
// A port nothing listens on gets a TCP RST from the pod's kernel: curl (7) "Could not connect to server".
import type { PodModel } from '../model';
import type { Protocol } from '../types';
import { imagePorts } from './imagePorts';

export interface Listening {
  /** Ports something is known to listen on (sorted, without duplicates). */
  known: number[];
  /** Containers whose image is not known and which declare no port: what they listen on is unknown. */
  unknown: { container: string; image: string }[];
}

export function listeningPorts(pod: PodModel, protocol: Protocol = 'TCP'): Listening {
  const known = new Set<number>();
  for (const port of pod.ports) if (port.protocol === protocol) known.add(port.containerPort);
  const unknown: Listening['unknown'] = [];
  for (const container of pod.containers ?? []) {
    const declared = pod.ports.some((p) => p.container === container.name);
    const defaults = imagePorts(container.image, container.argv);
    for (const port of defaults ?? []) if (port.protocol === protocol) known.add(port.port);
    if (!defaults && !declared) unknown.push({ container: container.name, image: container.image });
  }
  if (!pod.containers && pod.ports.length === 0) unknown.push({ container: '', image: '' });
  return { known: [...known].sort((a, b) => a - b), unknown };
}

/**
 * Whether a connection to `port` is accepted: 'yes' when something listens there, 'assumed' when nothing
 * is known to but a container's image is unknown (the engine then takes it to listen on the port asked),
 * 'no' when every container's ports are known and none is this one.
 */
export function accepts(pod: PodModel, port: number, protocol: Protocol = 'TCP'): 'yes' | 'assumed' | 'no' {
  const listening = listeningPorts(pod, protocol);
  if (listening.known.includes(port)) return 'yes';
  return listening.unknown.length > 0 ? 'assumed' : 'no';
}
