// The engine's public API (DESIGN.md): plain data in, plain data out; no DOM, no Node-only API.
export type * from './types';
export type * from './model';
export { validate } from './validate';
export { loadCluster } from './cluster';
