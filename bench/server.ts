// `astro preview` of a throw-away project on a port given (--port), or else on a free port
// of the bench's range (4340–4349: the tests use others), stopped by its own process id.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const PORT_RANGE = [4340, 4349] as const;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let port = PORT_RANGE[0]; port <= PORT_RANGE[1]; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${PORT_RANGE[0]}–${PORT_RANGE[1]}: another bench or preview is running`);
}

export interface Preview {
  origin: string;
  stop(): Promise<void>;
}

export async function startPreview(projectRoot: string, port?: number, timeoutMs = 60_000): Promise<Preview> {
  if (port === undefined) port = await freePort();
  else if (!(await portIsFree(port))) throw new Error(`port ${port} is in use: give the bench another one (--port)`);
  const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child: ChildProcess = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = (): Promise<void> =>
    new Promise((resolvePromise) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
      child.once('exit', () => resolvePromise());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.status < 500) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin} within ${timeoutMs} ms:\n${output}`);
}
