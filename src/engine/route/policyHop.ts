// NetworkPolicy on the hop into a destination pod (and out of a source pod).
import type { PodModel } from '../model';
import type { RouteContext } from './context';

export interface HopVerdict {
  allowed: boolean;
  /** Korean sentence naming the policy that denied, when it did. */
  reason: string;
}

/** Seam for the NetworkPolicy engine: until it is wired, every hop is allowed (no policy is evaluated). */
export function policyHop(_ctx: RouteContext, _source: string, _pod: PodModel, _port: number): HopVerdict | undefined {
  return undefined;
}
