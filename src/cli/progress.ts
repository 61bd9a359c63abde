/**
 * The progress bar and the summary line of a batch, on stderr. Both appear only when stderr is a
 * terminal, the batch has more than one input and `--quiet` was not given; otherwise `Progress`
 * only counts. Messages (warnings, errors) go through `log`, which clears the bar first, and output
 * for a terminal goes through `around`, so the bar never mixes with either.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Counts {
  parsed: number;
  /** Parsed inputs that have at least one warning (severity `warning` or `error`). */
  warned: number;
  failed: number;
  skipped: number;
}

const REDRAW_MS = 100;

export class Progress {
  readonly counts: Counts = { parsed: 0, warned: 0, failed: 0, skipped: 0 };
  private readonly started = performance.now();
  private shown = false;
  private lastDraw = 0;

  /**
   * @param total how many inputs the batch has, or undefined when unknown (a stream of lines).
   * @param visible whether to draw the bar and print the summary.
   */
  constructor(
    private readonly stream: ProgressStream,
    private total: number | undefined,
    readonly visible: boolean,
  ) {}

  /** Whether stderr suits a bar: a terminal, and not `--quiet`. */
  static wanted(stream: ProgressStream, quiet: boolean | undefined): boolean {
    return stream.isTTY === true && !quiet;
  }

  get done(): number {
    const c = this.counts;
    return c.parsed + c.failed + c.skipped;
  }

  setTotal(total: number): void {
    this.total = total;
  }

  tick(kind: 'parsed' | 'warned' | 'failed' | 'skipped'): void {
    if (kind === 'warned') {
      this.counts.parsed++;
      this.counts.warned++;
    } else {
      this.counts[kind]++;
    }
    this.draw(false);
  }

  /** Writes a line on stderr without breaking the bar. */
  log(line: string): void {
    this.clear();
    this.stream.write(line.endsWith('\n') ? line : `${line}\n`);
    this.draw(true);
  }

  /** Runs `write` (output to the same terminal) with the bar cleared. */
  around(write: () => void): void {
    if (!this.shown) return write();
    this.clear();
    write();
    this.draw(true);
  }

  /** Clears the bar and prints the summary line. */
  finish(): void {
    this.clear();
    if (!this.visible) return;
    const c = this.counts;
    const seconds = (performance.now() - this.started) / 1000;
    const parts = [`${c.parsed} parsed (${c.warned} with warnings)`, `${c.failed} failed`];
    if (c.skipped > 0) parts.push(`${c.skipped} skipped`);
    const rate = seconds > 0 ? ` (${formatRate((c.parsed + c.failed) / seconds)} files/s)` : '';
    this.stream.write(`vanban: ${parts.join(', ')} in ${seconds.toFixed(1)} s${rate}\n`);
  }

  /** Removes the bar from the terminal. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[2K');
    this.shown = false;
  }

  private draw(force: boolean): void {
    if (!this.visible) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    if (force && !this.shown && this.lastDraw === 0) return;
    this.lastDraw = now;
    this.stream.write(`\r\u001b[2K${this.line(now)}`);
    this.shown = true;
  }

  /** `[#########-----------]  1234/5000  245 files/s  0:15 left`, fitted to the terminal's width. */
  line(now = performance.now()): string {
    const done = this.done;
    const worked = this.counts.parsed + this.counts.failed;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? worked / seconds : 0;
    const columns = this.stream.columns && this.stream.columns > 0 ? this.stream.columns : 80;
    const width = Math.max(20, columns - 1);
    if (this.total === undefined) return `${done} done  ${formatRate(rate)} files/s`.slice(0, width);
    const total = Math.max(this.total, done);
    const left = rate > 0 ? formatDuration((total - done) / rate) : '?';
    const text = `${done}/${total}  ${formatRate(rate)} files/s  ${left} left`;
    const barWidth = Math.min(40, width - text.length - 4);
    if (barWidth < 10) return text.slice(0, width);
    const filled = total > 0 ? Math.floor((barWidth * done) / total) : barWidth;
    return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]  ${text}`;
  }
}

function formatRate(rate: number): string {
  return rate >= 100 ? rate.toFixed(0) : rate.toFixed(1);
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
