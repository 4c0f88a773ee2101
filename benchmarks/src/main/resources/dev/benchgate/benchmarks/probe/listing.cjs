// The peer of ListingProbe: in a fresh Node.js process, load the official TypeScript SDK, build its
// client and list one run's scenario runs, every page, with the SDK's auto-pagination.
// Usage: node listing.cjs <baseUrl> <apiKey> <runId> <pageSize>
'use strict';

async function main() {
  const [baseURL, bearerToken, runId, pageSize] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  // Loaded here, not at the top: Benchgate's figure includes loading its classes too.
  const { Runloop } = require('@runloop/api-client');
  // HTTP/1.1, as the fake server and Benchgate's client speak it over cleartext loopback; the SDK's
  // default transport on Node.js is HTTP/2.
  const client = new Runloop({ baseURL: baseURL.replace(/\/$/, ''), bearerToken, http2: false });
  const built = process.hrtime.bigint();
  const scenarioRuns = [];
  for await (const scenarioRun of client.benchmarkRuns.listScenarioRuns(runId, {
    limit: Number(pageSize),
  })) {
    scenarioRuns.push(scenarioRun);
  }
  const done = process.hrtime.bigint();
  console.log(`@result build.ms ${Number(built - start) / 1e6}`);
  console.log(`@result total.ms ${Number(done - start) / 1e6}`);
  console.log(`@result scenarioRuns ${scenarioRuns.length}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
