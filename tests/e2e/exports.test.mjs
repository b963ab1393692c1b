// Every export button of the timeline and the actor map, end to end in
// Chromium: each file downloaded, parsed back (JSON.parse, an RFC 4180
// reader below, DOMParser for the XML and the SVG, the PNG's header), and
// checked against what the page shows under its filters. Every event and
// every tie must name the document and sentence it comes from.
// (timeline.test.mjs and actors.test.mjs check the SVG's marks and nodes.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, download, openPage, waitForApp, settle } from './support.mjs';

const suite = browserSuite();

/** Reads CSV (RFC 4180) into records; throws on a malformed file. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let at = 0;
  while (at < text.length) {
    if (text[at] === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled.
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('a quoted field is not closed');
        field += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      if (at < text.length && text[at] !== ',' && !text.startsWith('\r\n', at)) throw new Error(`text after a quoted field at ${at}`);
    } else if (text[at] === ',') {
      record.push(field);
      field = '';
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      at += 2;
    } else {
      if (text[at] === '"' || text[at] === '\n' || text[at] === '\r') throw new Error(`a bare quote or line break at ${at}`);
      field += text[at];
      at += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

/** A CSV file as objects keyed by its header; every record as wide as it. */
function csvRows(bytes) {
  const [header, ...records] = parseCsv(bytes.toString('utf8'));
  for (const record of records) assert.equal(record.length, header.length, `a record as wide as the header: ${record}`);
  return records.map((record) => Object.fromEntries(header.map((name, at) => [name, record[at]])));
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR', 'the header chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses a GraphML or GEXF file in the page; nodes, edges and their values. */
function parseGraph(page, text) {
  return page.evaluate((source) => {
    const xml = new DOMParser().parseFromString(source, 'application/xml');
    const values = (element) => Object.fromEntries([
      ...[...element.querySelectorAll('data')].map((data) => [data.getAttribute('key'), data.textContent]),
      ...[...element.querySelectorAll('attvalue')].map((value) => [value.getAttribute('for'), value.getAttribute('value')]),
    ]);
    return {
      error: xml.querySelector('parsererror')?.textContent ?? null,
      root: xml.documentElement.localName,
      nodes: [...xml.getElementsByTagName('node')].map((node) => node.getAttribute('id')),
      positions: xml.getElementsByTagName('viz:position').length,
      edges: [...xml.getElementsByTagName('edge')].map((edge) => ({ source: edge.getAttribute('source'), target: edge.getAttribute('target'), ...values(edge) })),
    };
  }, text);
}

/** The number the lede starts with ("53 events"), or the ones it holds. */
const ledeNumbers = async (page) => (await page.locator('main .lede').first().textContent()).match(/\d+/g).map(Number);

/** Checks one event's provenance: a document, a sentence, and that pair among its sources. */
function checkEventSource(event, label) {
  assert.ok(event.doc && event.sentence, `${label}: event ${event.id} names its document and sentence`);
  assert.ok(event.evidence, `${label}: event ${event.id} quotes its evidence`);
}

test('the CSV reader reads RFC 4180 and rejects what is broken', () => {
  assert.deepEqual(parseCsv('a,"b,""c""\r\nd",\r\n'), [['a', 'b,"c"\r\nd', '']]);
  for (const broken of ['a"b\r\n', '"open\r\n', '"a"b\r\n', 'a\nb\r\n', 'a,b']) {
    assert.throws(() => parseCsv(broken), undefined, JSON.stringify(broken));
  }
});

test('timeline exports: CSV, JSON and TimelineJS hold the events shown, each with its source', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  const exportsOf = async (hash) => {
    await page.goto(`${suite.server.url}${hash}`);
    await waitForApp(page);
    await page.waitForSelector('a.mark[data-event]');
    const [shown] = await ledeNumbers(page);
    const marks = await page.locator('a.mark[data-event]').evaluateAll((nodes) => [...new Set(nodes.map((node) => node.dataset.event))]);
    const csv = csvRows(await download(page, 'CSV'));
    const json = JSON.parse((await download(page, 'JSON')).toString('utf8'));
    const story = JSON.parse((await download(page, 'TimelineJS')).toString('utf8'));
    return { shown, marks, csv, json, story };
  };

  const all = await exportsOf('#/timeline');
  assert.ok(all.shown > 0);
  assert.equal(all.csv.length, all.shown, 'a CSV row per event shown');
  assert.ok(Array.isArray(all.json), 'JSON: an array of events');
  assert.equal(all.json.length, all.shown, 'a JSON object per event shown');
  assert.deepEqual(all.json.map((event) => event.id), all.csv.map((row) => row.id), 'the same events, in the same order');
  const exported = new Set(all.json.map((event) => event.id));
  assert.ok(all.marks.every((id) => exported.has(id)), 'every mark on screen is exported');
  for (const row of all.csv) {
    checkEventSource(row, 'CSV');
    assert.ok(row.sources.split(' ').includes(`${row.doc}#${row.sentence}`), `CSV: ${row.id}'s sources hold its own`);
  }
  for (const event of all.json) {
    checkEventSource(event, 'JSON');
    assert.equal(typeof event.inferred, 'boolean');
    assert.ok(Array.isArray(event.actor_ids) && Array.isArray(event.sources));
    assert.ok(event.sources.some((source) => source.doc === event.doc && source.sentence === event.sentence), `JSON: ${event.id}'s sources hold its own`);
  }
  assert.equal(all.story.events.length, all.shown, 'a slide per event shown');
  const byId = new Map(all.json.map((event) => [event.id, event]));
  for (const slide of all.story.events) {
    const event = byId.get(slide.unique_id);
    assert.ok(event, `slide ${slide.unique_id} is an exported event`);
    assert.ok(slide.text.text.includes(`${event.doc}, sentence ${event.sentence}`), `slide ${slide.unique_id} names its source`);
  }

  // The evidence is the very sentence the reader shows at that address.
  const first = all.json[0];
  await page.goto(`${suite.server.url}#/read/${first.doc}/${first.sentence}`);
  const focused = page.locator(`.sentence.focused[data-sentence="${first.sentence}"]`);
  await focused.waitFor();
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  assert.equal(squash(await focused.textContent()), squash(first.evidence), 'the evidence is the sentence at doc and sentence');

  // Under a filter, the files hold what the filter keeps.
  const counts = new Map();
  for (const event of all.json) for (const id of event.actor_ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [actor] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const some = await exportsOf(`#/timeline?actor=${actor}`);
  assert.ok(some.shown > 0 && some.shown < all.shown, `the filter on ${actor} keeps some events (${some.shown} of ${all.shown})`);
  assert.equal(some.csv.length, some.shown);
  assert.equal(some.json.length, some.shown);
  assert.equal(some.story.events.length, some.shown);
  assert.ok(some.json.every((event) => event.actor_ids.includes(actor)), `every event exported names ${actor}`);

  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, [], 'exports make no request');
  await page.close();
});

test('timeline PNG is the SVG drawn at twice its size', async () => {
  const { page } = await openPage(suite.context, suite.server.url);
  await page.goto(`${suite.server.url}#/timeline`);
  await waitForApp(page);
  await page.waitForSelector('a.mark[data-event]');
  const svg = (await download(page, 'SVG')).toString('utf8');
  const size = await page.evaluate((text) => {
    const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
  }, svg);
  assert.ok(size.width > 0 && size.height > 0, `the SVG has a size: ${JSON.stringify(size)}`);
  const png = pngSize(await download(page, 'PNG'));
  assert.deepEqual(png, { width: Math.round(size.width) * 2, height: Math.round(size.height) * 2 });
  await page.close();
});

test('actor map exports: the network, the actors and the ties shown, each tie with its sources', async () => {
  const { page, problems } = await openPage(suite.context, suite.server.url);
  const exportsOf = async (hash) => {
    await page.goto(`${suite.server.url}${hash}`);
    await waitForApp(page);
    await page.waitForSelector('.network-svg [data-actor]');
    // A change of hash on the same page: wait for the view it asks for.
    await page.waitForFunction((co) => (document.querySelector('a.toggle[aria-current="true"]')?.textContent === 'named together') === co, hash.includes('co=1'));
    await settle(page);
    const [actors, ties] = await ledeNumbers(page);
    const text = async (label) => (await download(page, label)).toString('utf8');
    return {
      actors,
      ties,
      ids: await page.locator('.network-svg [data-actor]').evaluateAll((nodes) => nodes.map((node) => node.dataset.actor)),
      graphml: await parseGraph(page, await text('GraphML')),
      gexf: await parseGraph(page, await text('GEXF')),
      actorsCsv: csvRows(await download(page, 'Actors CSV')),
      actorsJson: JSON.parse(await text('Actors JSON')),
      tiesCsv: csvRows(await download(page, 'Ties CSV')),
      tiesJson: JSON.parse(await text('Ties JSON')),
    };
  };
  const check = (view, label) => {
    const sorted = (list) => [...list].sort();
    for (const [format, graph, root] of [['GraphML', view.graphml, 'graphml'], ['GEXF', view.gexf, 'gexf']]) {
      assert.equal(graph.error, null, `${label}: ${format} parses`);
      assert.equal(graph.root, root);
      assert.deepEqual(sorted(graph.nodes), sorted(view.ids), `${label}: ${format} holds the nodes shown`);
      assert.equal(graph.edges.length, view.ties, `${label}: ${format} holds the ties shown`);
      for (const edge of graph.edges) {
        const evidence = edge.e_evidence ?? edge.evidence;
        assert.match(evidence ?? '', /^\S+:\S+( \S+:\S+)*$/, `${label}: ${format} edge ${edge.source}–${edge.target} names doc:sentence`);
      }
    }
    assert.equal(view.gexf.positions, view.actors, `${label}: GEXF places every node`);
    assert.equal(view.actorsCsv.length, view.actors, `${label}: an actor row per node shown`);
    assert.deepEqual(view.actorsJson.map((actor) => actor.id), view.actorsCsv.map((row) => row.id), `${label}: the same actors in CSV and JSON`);
    assert.deepEqual(sorted(view.actorsJson.map((actor) => actor.id)), sorted(view.ids));
    assert.equal(view.tiesJson.length, view.tiesCsv.length, `${label}: the same ties in CSV and JSON`);
    const edges = new Set(view.graphml.edges.map((edge) => `${edge.source} ${edge.target} ${edge.e_kind}`));
    const covered = new Set();
    for (const tie of view.tiesJson) {
      assert.ok(tie.doc && tie.sentence && tie.evidence, `${label}: tie ${tie.source}–${tie.target} names its source`);
      assert.ok(tie.sources.some((source) => source.doc === tie.doc && source.sentence === tie.sentence));
      const key = [`${tie.source} ${tie.target} ${tie.kind}`, `${tie.target} ${tie.source} ${tie.kind}`].find((candidate) => edges.has(candidate));
      assert.ok(key, `${label}: tie ${tie.source} ${tie.kind} ${tie.target} is an edge shown`);
      covered.add(key);
    }
    assert.equal(covered.size, view.ties, `${label}: every edge shown has its ties`);
    for (const row of view.tiesCsv) assert.ok(row.doc && row.sentence && row.sources.includes(`${row.doc}#${row.sentence}`), `${label}: CSV tie row with its source`);
  };

  const typed = await exportsOf('#/actors');
  assert.ok(typed.ties > 0, 'the default view has ties');
  check(typed, 'typed ties');
  assert.ok(typed.graphml.edges.every((edge) => edge.e_kind !== 'co_occurs'), 'the default view hides co-occurrence, and so do its files');
  const everything = await exportsOf('#/actors?co=1');
  check(everything, 'with co-occurrence');
  assert.ok(everything.ties > typed.ties && everything.graphml.edges.some((edge) => edge.e_kind === 'co_occurs'), 'named together: more ties, in the files too');

  const png = pngSize(await download(page, 'PNG'));
  assert.deepEqual(png, { width: 2400, height: 1488 }, 'the 1200 × 744 drawing at twice its size');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await page.close();
});
