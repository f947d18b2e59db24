// For what the engine itself guarantees and the type checker cannot see: a CIDR literal in constants.ts
// parses, a list checked to be non-empty has a first item. A broken one is a bug in the engine that no input
// can cause, so it stops with a message naming the invariant instead of carrying undefined along.
export function invariant<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`engine invariant broken: ${what}`);
  return value;
}
