// The output of one batch of records as UTF-8 bytes in one buffer, which is reused from batch to
// batch and grows when a batch needs more. A million output lines then cost neither a million
// strings nor a million small writes.

const OPEN_LINE = [0x7b, 0x22, 0x6c, 0x69, 0x6e, 0x65, 0x22, 0x3a]; // {"line":
const OPEN_ID = [0x2c, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22]; // ,"id":"
const QUOTE = 0x22;

/** UTF-8 bytes of output lines, collected for one batch. */
export class ByteBatch {
  #buffer: Buffer;
  #length = 0;

  constructor(initialSize = 1 << 18) {
    this.#buffer = Buffer.allocUnsafeSlow(initialSize);
  }

  /** The bytes collected since the last {@link ByteBatch.reset}: lent, valid until then. */
  get bytes(): Uint8Array {
    return this.#buffer.subarray(0, this.#length);
  }

  /** Starts a new batch, reusing the buffer. */
  reset(): void {
    this.#length = 0;
  }

  /** Adds a text, encoded as UTF-8. */
  text(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    this.#room(text.length * 3);
    this.#length += this.#buffer.write(text, this.#length, "utf8");
  }

  /** Adds bytes (copied). */
  copy(bytes: Uint8Array): void {
    this.#room(bytes.length);
    this.#buffer.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /**
   * Adds `{"line":LINE,"id":ID` (the start of an NDJSON object), with ID as a JSON string.
   * A plain ASCII id (the usual case) is copied byte by byte; any other goes through
   * `JSON.stringify`, so the bytes are the same as `JSON.stringify` gives either way.
   */
  recordHead(line: number, id: string): void {
    this.#room(OPEN_LINE.length + 16 + OPEN_ID.length + id.length + 1);
    const buffer = this.#buffer;
    let at = this.#length;
    for (const byte of OPEN_LINE) buffer[at++] = byte;
    at = writeDigits(buffer, at, line);
    const idStart = at;
    for (const byte of OPEN_ID) buffer[at++] = byte;
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      // Control characters, quotes, backslashes and anything beyond ASCII: the slow way.
      if (code < 0x20 || code > 0x7e || code === QUOTE || code === 0x5c) {
        this.#length = idStart;
        this.text(`,"id":${JSON.stringify(id)}`);
        return;
      }
      buffer[at++] = code;
    }
    buffer[at++] = QUOTE;
    this.#length = at;
  }

  #room(needed: number): void {
    if (this.#length + needed <= this.#buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.#buffer.length * 2, this.#length + needed));
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }
}

/** Writes a non-negative safe integer in decimal at `at`; returns the end. */
function writeDigits(buffer: Buffer, at: number, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    return at + buffer.write(String(value), at, "latin1");
  }
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  let rest = value;
  for (let i = at + digits - 1; i >= at; i--) {
    buffer[i] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}
