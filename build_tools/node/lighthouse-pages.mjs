// Runs Lighthouse on every URL given, with the mobile and/or desktop preset, in one Chromium.
// Usage: node lighthouse-pages.mjs PRESETS URL... (PRESETS: "mobile", "desktop" or "mobile,desktop")
// Prints one JSON object per line and per run: scores, failed audits, metrics, requests, bytes.
// Called through build_tools/dev/lighthouse.py by the tests and build_tools/dev/benchmark_budget.py.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift',
};

function summarise(lhr, preset) {
  const audits = Object.values(lhr.audits);
  const failed = audits
    .filter((a) => ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => ({ id: a.id, score: a.score, value: a.displayValue ?? '' }));
  // data: URLs (the inline fonts) are not requests: their bytes came with their stylesheet.
  const requests = lhr.audits['network-requests'].details.items
    .filter((r) => !r.url.startsWith('data:'));
  return {
    url: lhr.finalDisplayedUrl,
    preset,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score])),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id].numericValue])),
    requests: requests.length,
    transferBytes: requests.reduce((sum, r) => sum + (r.transferSize || 0), 0),
    failed,
  };
}

const [presets, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: FLAGS,
});
try {
  for (const preset of presets.split(',')) {
    const config = preset === 'desktop' ? desktopConfig : undefined;
    for (const url of urls) {
      const flags = { port: chrome.port, output: 'json', logLevel: 'error' };
      const result = await lighthouse(url, flags, config);
      console.log(JSON.stringify(summarise(result.lhr, preset)));
    }
  }
} finally {
  await chrome.kill();
}
