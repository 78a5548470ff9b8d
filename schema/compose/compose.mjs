#!/usr/bin/env node
// Composes the subgraph SDLs listed in schema/subgraphs.yaml into a Federation 2 supergraph
// with @theguild/federation-composition. This is the oracle the Java composer is tested against;
// the committed schema/supergraph.graphql is written by `java -jar schema/target/schema.jar compose`.
//
//   node compose.mjs                                  supergraph to stdout
//   node compose.mjs --out ../supergraph.graphql      supergraph to a file
//   node compose.mjs --config other/subgraphs.yaml    another subgraph list
//
// Exit codes: 0 composed; 1 composition failed (errors on stderr, one per line, with their
// code); 2 bad usage, an unreadable list or SDL, or an SDL that does not parse.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));

function usage(message) {
  if (message) console.error(`compose: ${message}`);
  console.error('usage: node compose.mjs [--config <subgraphs.yaml>] [--out <supergraph.graphql>]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { config: resolve(here, '../subgraphs.yaml'), out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--config') options.config = resolve(value());
    else if (arg === '--out') options.out = resolve(value());
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

/** Reads the subgraph list: [{ name, url, file }], SDL paths resolved against the list's folder. */
function readSubgraphList(configPath) {
  let doc;
  try {
    doc = YAML.parse(readFileSync(configPath, 'utf8'));
  } catch (e) {
    usage(`cannot read ${configPath}: ${e.message}`);
  }
  const entries = Object.entries(doc?.subgraphs ?? {});
  if (entries.length === 0) usage(`${configPath} lists no subgraphs (expected a "subgraphs:" map)`);
  return entries.map(([name, entry]) => {
    const url = entry?.routing_url;
    const file = entry?.schema?.file;
    if (!url || !file) usage(`subgraph "${name}" in ${configPath} needs routing_url and schema.file`);
    return { name, url, file: resolve(dirname(configPath), file) };
  });
}

function loadService({ name, url, file }) {
  let sdl;
  try {
    sdl = readFileSync(file, 'utf8');
  } catch (e) {
    usage(`subgraph "${name}": cannot read ${file}: ${e.message}`);
  }
  try {
    return { name, url, typeDefs: parse(sdl) };
  } catch (e) {
    usage(`subgraph "${name}": ${file} does not parse: ${e.message}`);
  }
}

const options = parseArgs(process.argv.slice(2));
const services = readSubgraphList(options.config).map(loadService);
const result = composeServices(services);

if (result.errors && result.errors.length > 0) {
  console.error(`compose: composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) {
    const code = error.extensions?.code ? `[${error.extensions.code}] ` : '';
    console.error(`  ${code}${error.message}`);
  }
  process.exit(1);
}

const supergraph = result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
if (options.out) {
  writeFileSync(options.out, supergraph);
  console.error(`compose: wrote ${options.out} (${services.map((s) => s.name).join(', ')})`);
} else {
  process.stdout.write(supergraph);
}
