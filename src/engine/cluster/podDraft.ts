// A pod as the text (or a controller) describes it, before the scheduler and the network plugin
// have given it a node and an address.
import type { Source } from '../model';
import type { Obj } from '../values';

export interface PodDraft {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  metadata: Obj;
  spec: Obj;
  status?: Obj;
  /** `Deployment NS/NAME`, `ReplicaSet NS/NAME`, ... */
  owner?: string;
  implicit: boolean;
  source?: Source;
}
