/** Where the CLI's output goes: standard output as it is produced, or a file written at the end. */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  write(text: string): void;
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

  write(text: string): void {
    if (this.state.error || text === '') return;
    this.stream.write(text);
  }
}

/** Collects the output in memory, for `--output`. */
export class BufferSink implements Sink {
  private readonly parts: string[] = [];

  write(text: string): void {
    this.parts.push(text);
  }

  text(): string {
    return this.parts.join('');
  }
}

/**
 * Writes `data` to `file` atomically: a temporary file in the same directory, flushed to disk, then
 * renamed over `file`, so a reader never sees a half-written file. An existing file keeps its mode.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode = 0o666;
  try {
    mode = (await stat(file)).mode & 0o7777;
  } catch {
    // A new file: the default mode (less the umask).
  }
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
  }
}
