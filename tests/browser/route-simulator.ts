// What a reader does with a route simulator on a chapter page, shared by the chapter specs.
import { expect, type Locator } from '@playwright/test';

/** Runs a preset command of a route simulator and returns the trace section. The click is repeated until the
 * trace shows the command: a simulator that is still starting up re-renders its first preset over it. */
export async function runPreset(simulator: Locator, command: string): Promise<Locator> {
  const trace = simulator.getByRole('group', { name: '요청 경로' });
  await expect(async () => {
    await simulator.getByRole('button', { name: command, exact: true }).click();
    await expect(trace).toContainText(command, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  return trace;
}
