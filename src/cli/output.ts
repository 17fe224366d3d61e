/** Where the command writes: tests pass their own; `main.ts` passes the process streams. */
export interface CliIo {
  /**
   * Writes to standard output. A chunk of bytes is lent: if a promise is returned, the bytes
   * are not changed until it resolves (so it should resolve once they are written); if not,
   * the bytes must have been used or copied before the call returns.
   */
  stdout: (chunk: string | Uint8Array) => void | Promise<void>;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Whether standard error is a terminal (a progress line is shown only then). */
  stderrIsTTY?: boolean;
  /** Today's calendar day in Asia/Karachi: the CLI is the one place that reads the clock. */
  /** Today's calendar day in a time zone (the dataset's). */
  today: (timeZone: string) => string;
  /** Environment variables (`CI` hides the progress line). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Collects output text into large writes of UTF-8 bytes: each text is encoded straight into
 * one of two buffers, which take turns, so that a million lines cost neither a million writes
 * nor a million small buffers. `add` returns a promise only when it had to write (await it
 * then); most calls just encode, without a trip through the microtask queue.
 */
export class ByteWriter {
  readonly #buffers: [Buffer, Buffer];
  readonly #pending: [Promise<void> | undefined, Promise<void> | undefined] = [
    undefined,
    undefined,
  ];
  #current: 0 | 1 = 0;
  #offset = 0;

  constructor(
    private readonly sink: (chunk: Uint8Array) => void | Promise<void>,
    private readonly size = 1 << 17,
  ) {
    this.#buffers = [Buffer.allocUnsafeSlow(size), Buffer.allocUnsafeSlow(size)];
  }

  /** Adds a text (whole: a character is never split between two writes). */
  add(text: string): void | Promise<void> {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (this.#offset + text.length * 3 <= this.size) {
      this.#offset += this.#buffers[this.#current].write(text, this.#offset, "utf8");
      return undefined;
    }
    return this.#addAfterFlush(text);
  }

  /**
   * Adds bytes, copied: the caller may change them once the call returns or, if it returns a
   * promise, once that resolves.
   */
  addBytes(bytes: Uint8Array): void | Promise<void> {
    if (this.#offset + bytes.length <= this.size) {
      this.#buffers[this.#current].set(bytes, this.#offset);
      this.#offset += bytes.length;
      return undefined;
    }
    return this.#addBytesAfterFlush(bytes);
  }

  /**
   * Adds bytes that the caller leaves unchanged until the returned promise resolves (or until
   * the call returns, if it returns none). Small pieces are copied; a piece of half the buffer
   * or more is written as it is, after everything added before it, without a copy.
   */
  addLent(bytes: Uint8Array): void | Promise<void> {
    if (bytes.length < this.size / 2) return this.addBytes(bytes);
    return this.#writeThrough(bytes);
  }

  async #writeThrough(bytes: Uint8Array): Promise<void> {
    await this.flush();
    for (const pending of this.#pending) if (pending !== undefined) await pending;
    this.#pending[0] = this.#pending[1] = undefined;
    await this.sink(bytes);
  }

  async #addBytesAfterFlush(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (bytes.length <= this.size) {
      this.#buffers[this.#current].set(bytes, 0);
      this.#offset = bytes.length;
    } else {
      await this.sink(Uint8Array.from(bytes)); // a very long piece goes on its own
    }
  }

  async #addAfterFlush(text: string): Promise<void> {
    await this.flush();
    if (text.length * 3 <= this.size) {
      this.#offset += this.#buffers[this.#current].write(text, this.#offset, "utf8");
    } else {
      await this.sink(Buffer.from(text, "utf8")); // a very long text goes on its own
    }
  }

  /** Writes what was added so far, then waits until the next buffer is free again. */
  async flush(): Promise<void> {
    if (this.#offset === 0) return;
    const written = this.#current;
    this.#pending[written] =
      this.sink(this.#buffers[written].subarray(0, this.#offset)) ?? undefined;
    this.#current = written === 0 ? 1 : 0;
    this.#offset = 0;
    await this.#pending[this.#current];
    this.#pending[this.#current] = undefined;
  }

  /** Writes what is left and waits for every write to finish. */
  async close(): Promise<void> {
    await this.flush();
    for (const pending of this.#pending) if (pending !== undefined) await pending;
  }
}

/** A progress line on standard error, only on a terminal and never in CI. */
export class Progress {
  readonly #enabled: boolean;
  #last = Number.NEGATIVE_INFINITY;
  #nextCount = 1024;
  #shown = false;

  constructor(private readonly io: CliIo) {
    this.#enabled = io.stderrIsTTY === true && (io.env?.CI ?? "") === "";
  }

  /** Called with the running count of records; writes at most one line per half second. */
  tick(label: string, count: number): void {
    if (!this.#enabled || count < this.#nextCount) return;
    this.#nextCount = count + 1024;
    const now = performance.now();
    if (now - this.#last < 500) return;
    this.#last = now;
    this.#shown = true;
    this.io.stderr(`\r${label}: ${count.toLocaleString("en")} records`);
  }

  done(): void {
    if (this.#shown) this.io.stderr("\r\x1b[K");
    this.#shown = false;
  }
}
