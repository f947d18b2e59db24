// What every step of one request shares.
import type { Cluster } from '../model';
import type { RouteResult } from '../types';
import type { Client } from './client';
import type { Lookup } from './lookup';
import type { Trace } from './trace';
import type { RequestUrl } from './url';

export interface RouteContext {
  cluster: Cluster;
  lookup: Lookup;
  trace: Trace;
  client: Client;
  url: RequestUrl;
  headers: Record<string, string>;
}

/** A result without its steps; route() adds the trace and the loader's assumptions. */
export type Outcome = Omit<RouteResult, 'steps'>;
