/** The `bulwark` command line. Each command lives in cli/commands/ and answers --help. */
import { DbError } from '../db/errors';
import { UsageError, parseCommand, type Command } from './cli/args';
import { campaignsCommand } from './cli/commands/campaigns';
import { caseCommand } from './cli/commands/case';
import { dbCommand } from './cli/commands/db';
import { demoCommand } from './cli/commands/demo';
import { evalCommand } from './cli/commands/eval';
import { evidenceCommand } from './cli/commands/evidence';
import { importCommand } from './cli/commands/import';
import { labelTextsCommand } from './cli/commands/labelTexts';
import { peopleCommand } from './cli/commands/people';
import { serveCommand } from './cli/commands/serve';
import { verifyPackCommand } from './cli/commands/verifyPack';
import { spikesCommand } from './cli/commands/spikes';
import { APP_VERSION } from './version';

const COMMANDS: Command[] = [
  serveCommand,
  dbCommand,
  demoCommand,
  importCommand,
  peopleCommand,
  labelTextsCommand,
  evalCommand,
  campaignsCommand,
  spikesCommand,
  caseCommand,
  evidenceCommand,
  verifyPackCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Bulwark ${APP_VERSION}: monitor and evidence online abuse aimed at your MPs.

Usage: bulwark <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "bulwark <command> --help" for a command's options.`;
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(mainHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(APP_VERSION);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    console.error(`Unknown command "${name}".\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommand(cmd, rest);
    if (values.help) {
      console.log(cmd.usage);
      return 0;
    }
    return await cmd.run(values as Record<string, unknown>, positionals);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\nRun "bulwark ${cmd.name} --help" for usage.`);
      return 2;
    }
    if (err instanceof DbError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(
        `bulwark: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      process.exit(1);
    },
  );
}
