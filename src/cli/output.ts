/**
 * Where the CLI's output goes: standard output as it is produced, or files written atomically
 * (a temporary file in the same directory, then renamed), so a reader never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  write(text: string | Uint8Array): void;
}

/** Temporary files being written: removed if the process is interrupted (see `cleanUpOnSignal`). */
const temporaries = new Set<string>();

const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes from `dir` the temporary files that a killed vanban left (`kill -9`, a power cut): those
 * named by `temporaryName` whose process is gone. Those of a vanban still running are kept.
 */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || alive(Number(pid))) continue;
    await rm(join(dir, name), { force: true }).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Until the returned function is called, SIGINT, SIGTERM and SIGHUP first remove the temporary
 * files being written (and call `before`, e.g. to clear a progress bar), then end the process by
 * the same signal, as if vanban did not handle it.
 */
export function cleanUpOnSignal(before?: () => void): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const handler = (signal: NodeJS.Signals): void => {
    uninstall();
    try {
      before?.();
    } catch {
      // Nothing more to do on the way out.
    }
    for (const file of temporaries) rmSync(file, { force: true });
    temporaries.clear();
    process.kill(process.pid, signal);
  };
  const uninstall = (): void => {
    for (const signal of signals) process.removeListener(signal, handler);
  };
  for (const signal of signals) process.on(signal, handler);
  return uninstall;
}

interface StreamState {
  error: NodeJS.ErrnoException | undefined;
}

const states = new WeakMap<object, StreamState>();

/**
 * Writes to a stream (stdout). When the reader goes away (`vanban x.txt | head`: EPIPE), the rest
 * of the output is dropped quietly instead of crashing; `error` tells about any other failure.
 */
export class StreamSink implements Sink {
  private readonly state: StreamState;

  constructor(private readonly stream: NodeJS.WritableStream) {
    let state = states.get(stream);
    if (!state) {
      const created: StreamState = { error: undefined };
      stream.on('error', (error: NodeJS.ErrnoException) => {
        created.error ??= error;
      });
      states.set(stream, created);
      state = created;
    }
    this.state = state;
  }

  /** The stream's failure other than EPIPE, if any. */
  get error(): NodeJS.ErrnoException | undefined {
    const error = this.state.error;
    return error && error.code !== 'EPIPE' ? error : undefined;
  }

  write(text: string | Uint8Array): void {
    if (this.state.error || text.length === 0) return;
    this.stream.write(text);
  }

  /** Resolves when the stream has room again (at once when it has, or has failed). */
  async drain(): Promise<void> {
    const stream = this.stream as NodeJS.WritableStream & { writableNeedDrain?: boolean };
    if (this.state.error || !stream.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        stream.removeListener('drain', done);
        stream.removeListener('error', done);
        stream.removeListener('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
      stream.on('close', done);
    });
  }
}

/**
 * Streams the output into a temporary file next to `file`; `commit` flushes it to disk and renames
 * it over `file`, `discard` removes it (`file` is then left as it was). Memory stays flat however
 * large the output.
 */
export class AtomicFileSink implements Sink {
  private readonly temp: string;
  private fd: number | undefined;
  error: NodeJS.ErrnoException | undefined;

  constructor(readonly file: string) {
    this.temp = temporaryName(file);
  }

  write(text: string | Uint8Array): void {
    if (this.error || text.length === 0) return;
    try {
      if (this.fd === undefined) {
        temporaries.add(this.temp);
        this.fd = openSync(this.temp, 'wx', 0o666);
      }
      if (typeof text === 'string') writeSync(this.fd, text, null, 'utf8');
      else writeSync(this.fd, text);
    } catch (error) {
      this.error = error as NodeJS.ErrnoException;
      this.close();
    }
  }

  /** Writes the file (keeping the mode of a file it replaces); throws, and writes nothing, when it cannot. */
  commit(): void {
    if (this.fd === undefined && !this.error) {
      temporaries.add(this.temp);
      try {
        this.fd = openSync(this.temp, 'wx', 0o666);
      } catch (error) {
        this.error = error as NodeJS.ErrnoException;
      }
    }
    if (this.error) {
      this.discard();
      throw this.error;
    }
    try {
      const fd = this.fd as number;
      try {
        fchmodSync(fd, statSync(this.file).mode & 0o7777);
      } catch {
        // A new file: the default mode (less the umask).
      }
      fsyncSync(fd);
      this.close();
      renameSync(this.temp, this.file);
      temporaries.delete(this.temp);
    } catch (error) {
      this.discard();
      throw error;
    }
  }

  discard(): void {
    this.close();
    rmSync(this.temp, { force: true });
    temporaries.delete(this.temp);
  }

  private close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      closeSync(fd);
    } catch {
      // Already closed or unusable: the commit fails on its own.
    }
  }
}

/**
 * Writes `data` to `file` atomically: a temporary file in the same directory, flushed to disk, then
 * renamed over `file`, so a reader never sees a half-written file. An existing file keeps its mode.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = temporaryName(file);
  let mode = 0o666;
  try {
    mode = (await stat(file)).mode & 0o7777;
  } catch {
    // A new file: the default mode (less the umask).
  }
  temporaries.add(temp);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    temporaries.delete(temp);
  }
}
