/**
 * The board's command line: `node scripts/board.ts <subcommand> [options]`, each subcommand a file of
 * scripts/ (its options and help beside it), the shared set-up and the exit codes in scripts/cli.ts. The
 * npm scripts are short aliases (`npm run validate` = `node scripts/board.ts validate`);
 * docs/commands.md lists them by who runs them. `node scripts/board.ts --help` lists every subcommand.
 *
 * Each subcommand's module is loaded only when it runs, so `validate` does not load the browser.
 */
import { t } from '../src/lib/messages/index.ts';
import { EXIT, runCommand, useLangFlag, type Audience, type Command } from './cli.ts';

/** Every subcommand by name, in the order `--help` lists them within each audience. */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  // clerk
  validate: async () => (await import('./validate.ts')).validate,
  'new-month': async () => (await import('./new-month.ts')).newMonth,
  'new-year': async () => (await import('./new-year.ts')).newYear,
  forms: async () => (await import('./forms.ts')).forms,
  import: async () => (await import('./import.ts')).importCommand,
  status: async () => (await import('./status.ts')).status,
  'record-published': async () => (await import('./record-published.ts')).recordPublished,
  summary: async () => (await import('./summary.ts')).summary,
  month: async () => (await import('./month.ts')).month,
  serve: async () => (await import('./serve-dist.ts')).serve,
  start: async () => (await import('./start.ts')).start,
  // operator
  'check-deployable': async () => (await import('./check-deployable.ts')).checkDeployableCommand,
  deploy: async () => (await import('./deploy.ts')).deployCommand,
  rollback: async () => (await import('./deploy.ts')).rollbackCommand,
  'nginx-csp': async () => (await import('./nginx-csp.ts')).nginxCsp,
  // developer
  'docs-data': async () => (await import('./docs-data.ts')).docsData,
  'finish-build': async () => (await import('./finish-build.ts')).finishBuild,
  weight: async () => (await import('./weight.ts')).weight,
  screenshots: async () => (await import('./screenshots.ts')).screenshots,
  'print-preview': async () => (await import('./print-preview.ts')).printPreview,
  lighthouse: async () => (await import('./lighthouse.ts')).lighthouse,
  bench: async () => (await import('./bench.ts')).bench,
  'bench-excel': async () => (await import('./bench-excel.ts')).benchExcel,
  'bench-site': async () => (await import('./bench-site.ts')).benchSite,
};

const AUDIENCES: Audience[] = ['clerk', 'operator', 'developer'];

/** Every subcommand by audience, with the first line of its help. */
async function overview(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const lines = [t('cli.overview'), ''];
  for (const audience of AUDIENCES) {
    lines.push(t(`cli.audience.${audience}`));
    for (const command of commands.filter((c) => c.audience === audience))
      lines.push(`  ${command.name.padEnd(18)} ${t(command.help, command.helpVars).split('\n')[0]}`);
    lines.push('');
  }
  lines.push(t('cli.help.common'));
  return lines.join('\n');
}

/** Runs the subcommand named first in `args`; returns the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  useLangFlag(args);
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? console.log : console.error)(await overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(t('cli.unknownCommand', { name, names: Object.keys(COMMANDS).join(', ') }));
    return EXIT.usage;
  }
  return runCommand(await load(), rest);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
