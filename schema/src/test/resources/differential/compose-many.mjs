// Composes many subgraph sets with @theguild/federation-composition in one node run, for the
// differential test of the Java composer.
//
//   node compose-many.mjs <folder with node_modules> < sets.json > results.json
//
// sets.json: [{ "id": "...", "subgraphs": [{ "name", "url", "sdl" }] }]
// results:   [{ "id": "...", "supergraph": "..." | null, "errors": ["[CODE] message", ...] }]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(resolve(process.argv[2], 'package.json'));
const { composeServices } = require('@theguild/federation-composition');
const { parse } = require('graphql');

const sets = JSON.parse(readFileSync(0, 'utf8'));
const results = sets.map(({ id, subgraphs }) => {
  try {
    const result = composeServices(subgraphs.map(s => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
    const errors = (result.errors ?? []).map(e => `[${e.extensions?.code ?? 'ERROR'}] ${e.message}`);
    return { id, supergraph: errors.length ? null : result.supergraphSdl, errors };
  } catch (e) {
    return { id, supergraph: null, errors: [`[INVALID_GRAPHQL] ${e.message}`] };
  }
});
process.stdout.write(JSON.stringify(results));
