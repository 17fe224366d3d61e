#!/usr/bin/env node
import { dayInZone, formatDay } from "../index.js";
import { run } from "./run.js";

// A reader that stops early (`| head`) closes the pipe: stop without a stack trace, with exit
// code 2, because the output is incomplete.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") process.stderr.write("afghan-refugees: cannot write the output\n");
  process.exit(2);
});

process.exitCode = await run(process.argv.slice(2), {
  // Resolves once the chunk is written: the caller may then reuse its bytes, and a slow reader
  // slows the command down instead of filling memory.
  stdout: (chunk) =>
    new Promise<void>((resolve) => {
      process.stdout.write(chunk, () => {
        resolve();
      });
    }),
  stderr: (text) => {
    process.stderr.write(text);
  },
  stderrIsTTY: process.stderr.isTTY,
  today: (timeZone) => formatDay(dayInZone(new Date(), timeZone)),
  env: process.env,
});
