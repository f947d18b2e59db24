// The engine on the command line: `tsx src/cli.ts <command> ...`. Each command lives in src/cli/<command>.ts
// and exports `run(args): Promise<number>` (the exit code).
const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  check: () => import('./cli/check'),
  route: () => import('./cli/route'),
  ingress: () => import('./cli/ingress'),
  policy: () => import('./cli/policy'),
  matrix: () => import('./cli/matrix'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
if (!load) {
  console.error(`usage: cli <${Object.keys(commands).join('|')}> ...`);
  process.exit(2);
}
const command = await load();
process.exitCode = await command.run(args);
