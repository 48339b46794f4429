// Preloaded into each bench child (`node -r ./scripts/bench-rss.cjs …`): writes the process's
// peak resident set size (kB) to $BENCH_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
