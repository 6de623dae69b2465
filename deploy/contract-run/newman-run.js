// Runs the Portman collection with Newman (as a library, so the report stays small: one line per
// request, and the reasons of each failed assertion with the start of the answer's body).
// Usage: node newman-run.js COLLECTION BEARER_TOKEN   (exit status 1 when an assertion failed)
const newman = require('newman');
const [collectionFile, token] = process.argv.slice(2);
const collection = require(require('path').resolve(collectionFile));

// A fuzzed variation that left the request as it was (Portman fuzzes a field the example does not
// send by leaving it out, which is still a valid request) tests nothing: it is dropped and counted.
const requestsByName = new Map();
const all = (folder) => (folder.item || []).flatMap((i) => (i.request ? [i] : all(i)));
for (const item of all(collection)) requestsByName.set(item.name, item.request);
// The same body whatever its layout (Portman re-indents a body it tried to change): parsed when JSON.
const body = (r) => {
  const raw = r.body && r.body.raw;
  try { return raw ? JSON.parse(raw) : raw; } catch (e) { return raw; }
};
const same = (a, b) => JSON.stringify([body(a), a.url && a.url.query])
  === JSON.stringify([body(b), b.url && b.url.query]);
let unchanged = 0;
const prune = (folder) => {
  folder.item = (folder.item || []).filter((i) => {
    const m = i.request && i.name.match(/^(.*)\[Fuzzed\]/);
    const base = m && requestsByName.get(m[1]);
    if (base && same(base, i.request)) { unchanged++; return false; }
    return true;
  });
  folder.item.forEach((i) => { if (!i.request) prune(i); });
};
prune(collection);

// A query value is sent percent-encoded where RFC 3986 does not allow the character as it is, as
// an HTTP client library sends it: Newman sends a FHIR `near=41.65|-83.54|25|mi` with its `|`
// raw, which the HTTP layer (Netty) refuses with an empty 400 before any service sees the call.
const unsafe = /[|^`"<>\\ ]/g;
const encodeUnsafe = (value) => (typeof value === 'string'
  ? value.replace(unsafe, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))
  : value);
for (const item of all(collection)) {
  for (const q of (item.request.url && item.request.url.query) || []) q.value = encodeUnsafe(q.value);
}
const results = [];
let current = null;

newman.run({ collection, envVar: [{ key: 'bearerToken', value: token }],
             reporters: [] })
  .on('beforeItem', (err, args) => { current = { name: args.item.name, failed: [], passed: 0 }; results.push(current); })
  .on('request', (err, args) => {
    current.method = args.request.method;
    current.code = args.response ? args.response.code : (err ? err.code : '-');
    current.body = args.response ? args.response.stream.toString('utf8').slice(0, 300) : '';
  })
  .on('assertion', (err, args) => {
    if (err) current.failed.push(args.assertion + ': ' + String(err.message).slice(0, 400));
    else current.passed++;
  })
  .on('done', (err, summary) => {
    let failed = 0;
    for (const r of results) {
      const total = r.passed + r.failed.length;
      console.log(`${r.failed.length ? 'FAIL' : 'ok  '} ${String(r.method).padEnd(6)} ${r.code} ${r.name} (${r.passed}/${total})`);
      for (const f of r.failed) console.log(`       - ${f}`);
      if (r.failed.length) console.log(`       body: ${r.body}`);
      failed += r.failed.length;
    }
    const s = summary.run.stats;
    console.log(`requests ${s.requests.total}, assertions ${s.assertions.total}, failed ${s.assertions.failed}; `
      + `${unchanged} fuzzed variations dropped: they changed nothing the example sends`);
    process.exit(err || failed ? 1 : 0);
  });
