// Each cluster object is compiled once per mode; repeated queries only look things up.
import type { Cluster } from '../model';
import { buildSpec } from './generic/compile';
import type { SpecConfig } from './generic/compile';
import { buildConfig } from './nginx/servers';
import type { NginxConfig } from './nginx/types';

interface Compiled {
  spec?: SpecConfig;
  nginx?: NginxConfig;
}

const cache = new WeakMap<Cluster, Compiled>();

function entry(cluster: Cluster): Compiled {
  let compiled = cache.get(cluster);
  if (!compiled) cache.set(cluster, (compiled = {}));
  return compiled;
}

export function specConfig(cluster: Cluster): SpecConfig {
  const compiled = entry(cluster);
  return (compiled.spec ??= buildSpec(cluster));
}

export function nginxConfig(cluster: Cluster): NginxConfig {
  const compiled = entry(cluster);
  return (compiled.nginx ??= buildConfig(cluster));
}
