// The engine chunk is fetched once, on demand, and shared by every widget on the page.
export type Engine = typeof import('./engine');

let pending: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  pending ??= import('./engine').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
