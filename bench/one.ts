// Runs one benchmark module (argument: its file name in bench/) and prints its lines as JSON.
const file = process.argv[2];
if (file === undefined || !/^[a-z-]+\.bench\.ts$/.test(file))
  throw new Error("usage: one.ts NAME.bench.ts");
const bench = (await import(`./${file.replace(/\.ts$/, ".js")}`)) as {
  run: () => { lines: string[] } | Promise<{ lines: string[] }>;
};
process.stdout.write(JSON.stringify((await bench.run()).lines));
