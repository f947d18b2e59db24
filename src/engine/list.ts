// Appending lists whose length the input decides (errors per label, per port, per duplicate key): a loop,
// because push(...items) passes every item as an argument and overflows the stack past ~100,000 of them.
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
