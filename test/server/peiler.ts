// Polls a URL from its own process (so the test process's own work cannot delay it) and prints the
// latencies in ms as one JSON line when stdin closes or after the given seconds.
// Run: node peiler.js <url> <seconds> <interval ms>
const [url, seconden, interval] = [process.argv[2], Number(process.argv[3] ?? 30), Number(process.argv[4] ?? 20)];
const tijden: number[] = [];
const fouten: string[] = [];
let stop = false;
const einde = () => { stop = true; };
setTimeout(einde, seconden * 1000);
process.stdin.on('data', einde);
process.stdin.on('end', einde);
(async () => {
  for (let i = 0; i < 5; i++) await (await fetch(url)).text().catch(() => ''); // warm-up: connection and JIT, not the server's latency
  process.stdout.write('klaar\n');
  while (!stop) {
    const t = performance.now();
    try {
      const r = await fetch(url);
      await r.text();
      if (r.status !== 200) fouten.push(`status ${r.status}`);
    } catch (e) {
      fouten.push(String(e));
    }
    tijden.push(performance.now() - t);
    await new Promise((ok) => setTimeout(ok, interval));
  }
  process.stdout.write(JSON.stringify({ tijden, fouten }) + '\n');
  process.exit(0);
})();
