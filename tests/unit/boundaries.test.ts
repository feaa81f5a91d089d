import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function problems(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('house rules enforced by lint', () => {
  it('the renderer cannot import Node modules, the database or Electron', async () => {
    expect(
      await problems("import fs from 'node:fs';\nexport const x = fs;\n", 'renderer/src/probe.ts'),
    ).toHaveLength(1);
    expect(
      await problems(
        "import { openDatabase } from '../../db/connection';\nexport const x = openDatabase;\n",
        'renderer/src/probe.ts',
      ),
    ).toHaveLength(1);
    expect(
      await problems(
        "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
        'renderer/src/probe.ts',
      ),
    ).toHaveLength(1);
    expect(
      await problems(
        "import { contract } from '../../electron/api/contract';\nexport const x = contract;\n",
        'renderer/src/probe.ts',
      ),
    ).toHaveLength(1);
  });

  it('the renderer may import types from the API contract', async () => {
    expect(
      await problems(
        "import type { AppInfo } from '../../electron/api/types';\nexport type X = AppInfo;\n",
        'renderer/src/probe.ts',
      ),
    ).toEqual([]);
  });

  it('only main, preload and electron/desktop import electron', async () => {
    expect(
      await problems("import { app } from 'electron';\nexport const x = app;\n", 'electron/api/probe.ts'),
    ).toHaveLength(1);
    expect(
      await problems("import { app } from 'electron';\nexport const x = app;\n", 'electron/desktop/probe.ts'),
    ).toEqual([]);
  });
});
