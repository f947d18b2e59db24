// route(cluster, {from, url, headers}): where `curl URL` run at `from` goes, step by step.
import { message } from '../messages';
import type { Cluster } from '../model';
import type { RouteRequest, RouteResult, TraceStep } from '../types';
import { parseIPSloppy } from '../net/address';
import { routeToAddress } from './address';
import { parseClient } from './client';
import type { Outcome, RouteContext } from './context';
import { resolveName } from './resolve';
import { lookupOf, type Lookup } from './lookup';
import { Trace } from './trace';
import { parseRequestUrl } from './url';

export function route(cluster: Cluster, request: RouteRequest): RouteResult {
  if (!cluster || !Array.isArray(cluster.nodes) || cluster.nodes.length === 0 || !Array.isArray(cluster.pods)) {
    return {
      outcome: 'unreachable',
      endpoints: [],
      steps: [],
      reason: message('request.noCluster'),
    };
  }
  const trace = new Trace();
  const lookup = lookupOf(cluster);
  const client = parseClient(lookup, String(request?.from ?? ''));
  if (typeof client === 'string')
    return finish(lookup, trace, { outcome: 'unreachable', endpoints: [], reason: client });
  trace.step(
    client.kind === 'pod'
      ? `Pod ${client.pod.namespace}/${client.pod.name}`
      : client.kind === 'node'
        ? `Node ${client.node.name}`
        : client.endpoint,
    'client',
    message('request.sends', { client: client.label }),
  );
  const url = parseRequestUrl(String(request?.url ?? ''));
  if (typeof url === 'string') return finish(lookup, trace, { outcome: 'unreachable', endpoints: [], reason: url });
  const ctx: RouteContext = { cluster, lookup, trace, client, url, headers: request.headers ?? {} };
  trace.step(
    'curl',
    'request',
    message('request.url', {
      url: `${url.scheme}://${url.host}:${url.port}${url.path}`,
      host: url.host,
      port: url.port,
      path: url.path,
    }),
  );
  const outcome = parseIPSloppy(url.host)?.v6 === false ? routeToAddress(ctx, url.host, url.port) : resolveName(ctx);
  return finish(lookup, trace, outcome);
}

/** The trace, followed by what the loader assumed about the objects the request met. */
function finish(lookup: Lookup, trace: Trace, outcome: Outcome): RouteResult {
  const assumed: TraceStep[] = [];
  for (const object of trace.touched) {
    for (const assumption of lookup.assumptionsByObject.get(object) ?? []) {
      const port = /^spec\.ports\[(\d+)\]/.exec(assumption.field);
      if (port && trace.servicePorts.get(object) !== Number(port[1])) continue;
      assumed.push({
        object,
        kind: 'assumption',
        message: message('request.assumption', { assumption: assumption.message }),
      });
    }
  }
  return { ...outcome, steps: [...trace.steps, ...assumed] };
}
