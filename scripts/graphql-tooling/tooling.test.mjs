// The tools front-end teams use, against a running server (node --test):
//   GRAPHQL_URL=http://127.0.0.1:5000/graphql GRAPHQL_TOKEN=<token> node --test tooling.test.mjs
// GRAPHQL_TOKEN is optional (the signed-in run is skipped without it); CHROMIUM defaults to /usr/bin/chromium;
// SCHEMA_FILE defaults to the repository's schema.graphql.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { generate } from '@graphql-codegen/cli';
import { chromium } from 'playwright-core';

const url = process.env.GRAPHQL_URL ?? 'http://localhost:5000/graphql';
const token = process.env.GRAPHQL_TOKEN;
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const schemaFile = process.env.SCHEMA_FILE ?? fileURLToPath(new URL('../../schema.graphql', import.meta.url));

const everyOption = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

async function introspect(headers) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: getIntrospectionQuery(everyOption), operationName: 'IntrospectionQuery' }),
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body).slice(0, 500));
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

const checkedIn = async () => printSchema(buildSchema(await readFile(schemaFile, 'utf8')));

test('the standard introspection with every option, printed as SDL, equals schema.graphql (anonymous)', async () => {
  assert.equal(printSchema(buildClientSchema(await introspect({}))), await checkedIn());
});

test('the same introspection signed in', { skip: token ? false : 'GRAPHQL_TOKEN not set' }, async () => {
  assert.equal(printSchema(buildClientSchema(await introspect({ authorization: `Bearer ${token}` }))), await checkedIn());
});

test('graphql-codegen generates TypeScript types from the URL', async () => {
  const output = await mkdtemp(join(tmpdir(), 'codegen-'));
  try {
    const file = join(output, 'schema.ts');
    const [generated] = await generate(
      { schema: url, generates: { [file]: { plugins: ['typescript'] } }, silent: true, errorsOnly: true },
      true,
    );
    assert.match(generated.content, /export type Query = \{/);
    assert.match(generated.content, /export type Mutation = \{/);
    assert.match(await readFile(file, 'utf8'), /plan\?: Maybe<Plan>/);
  } finally {
    await rm(output, { recursive: true, force: true });
  }
});

test('GraphiQL loads the schema in headless Chromium and its Docs pane lists Query', async () => {
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const failures = [];
    page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
    await page.goto(url);
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().waitFor({ timeout: 15000 });
    assert.equal(await page.getByText('Error fetching schema').count(), 0);
    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
  }
});
