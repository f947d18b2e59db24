// The engine on the command line: `tsx src/cli.ts <command> ...`. Each command lives in src/cli/<command>.ts
// and exports `run(args): Promise<number>` (the exit code).
type Command = { run: (args: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  check: () => import('./cli/check'),
  route: () => import('./cli/route'),
  ingress: () => import('./cli/ingress'),
  gateway: () => import('./cli/gateway'),
  policy: () => import('./cli/policy'),
  matrix: () => import('./cli/matrix'),
};

const [commandName, ...args] = process.argv.slice(2);
const load = commandName ? commands[commandName] : undefined;
if (!load) {
  console.error(`usage: cli <${Object.keys(commands).join('|')}> ...`);
  process.exit(2);
}
const command = await load();
process.exitCode = await command.run(args);

export {};
