// Preloaded into a benchmarked process (node --import): writes its peak resident memory to
// standard error as it exits, on a line of its own, for bench/cli.bench.ts to read.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kib=${process.resourceUsage().maxRSS}\n`);
});
