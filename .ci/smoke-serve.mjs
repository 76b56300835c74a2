// Starts `./loopwright serve --port 0`, checks the two routes the README promises, then stops it with SIGTERM.
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'loopwright-smoke-'));
const server = spawn('./loopwright', ['serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', (chunk) => { stderr += chunk; });

const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
const port = await new Promise((resolve, reject) => {
  let stdout = '';
  const timer = setTimeout(() => reject(new Error(`server did not report its port within 120 s:\n${stderr}`)), 120_000);
  server.stdout.on('data', (chunk) => {
    stdout += chunk;
    const match = stdout.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    if (match) { clearTimeout(timer); resolve(Number(match[1])); }
  });
  server.on('exit', () => { clearTimeout(timer); reject(new Error(`server exited early:\n${stderr}`)); });
});

try {
  const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
  assert.equal(health.status, 'ok');
  assert.ok(typeof health.uptime === 'number' && health.uptime >= 0);

  const meta = await (await fetch(`http://127.0.0.1:${port}/api/workflow/meta`)).json();
  assert.equal(meta.groups.length, 10);
  assert.equal(meta.phases.length, 33);
  assert.equal(meta.phases[0].id, 'DRAFT');
  assert.equal(meta.phases.at(-1).id, 'BLOCKED_ERROR');
} finally {
  server.kill('SIGTERM');
}

const { code, signal } = await exited;
// The JVM exits with 128 + 15 after running its shutdown hooks on SIGTERM.
assert.ok(code === 0 || code === 143, `unexpected exit: code ${code}, signal ${signal}\n${stderr}`);
assert.ok(!/Exception/.test(stderr), `errors while stopping:\n${stderr}`);
rmSync(dataDir, { recursive: true, force: true });
console.log('smoke check of ./loopwright serve: health and workflow meta answered, stopped cleanly');
