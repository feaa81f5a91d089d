import { ApiService } from '../../api/service';
import { bundlePaths, defaultDbPath } from '../../paths';
import { startWebShell } from '../../server/webShell';
import { intOption, type Command } from '../args';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the app in your browser (the web shell) on 127.0.0.1',
  usage: `bulwark serve [--db FILE] [--port N]

Serves the Bulwark app and its API on 127.0.0.1 only and prints the address to open.
The address carries a secret token made for this run; only that page can use the API.

Options:
  --db FILE    database file (default: ${defaultDbPath()})
  --port N     port to listen on (default: 5170; 0 picks a free one)`,
  options: { db: { type: 'string' }, port: { type: 'string' } },
  async run(values) {
    const dbPath = (values.db as string | undefined) ?? defaultDbPath();
    const paths = bundlePaths(__dirname);
    const service = new ApiService({ dbPath, shell: 'web', workerFile: paths.workerFile });
    const shell = await startWebShell({
      service,
      rendererDir: paths.rendererDir,
      port: intOption(values, 'port', 5170, 0, 65535),
    });
    console.log(
      `Bulwark is running. Open this address in your browser:\n\n  ${shell.url}\n\nDatabase: ${dbPath}\nPress Ctrl+C to stop.`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await shell.close();
    await service.close();
    return 0;
  },
};
