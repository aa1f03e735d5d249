/**
 * Every open-data file as built holds to its published JSON Schema (validated by Ajv, with the
 * formats of ajv-formats, in strict mode), each CSV's header is its JSON's fields in order, and
 * /data/ documents every file with a link to it, its CSV and its schema.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FILES, type JsonSchema } from '../../src/data/open-data-schemas.ts';
import { atLeast } from '../support/at-least.ts';
import { DIST, readDist, readDistJson, sitePath } from '../support/site.ts';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const files = atLeast(6, OPEN_DATA_FILES, 'open-data files');
const reports = atLeast(5, readdirSync(join(DIST, 'data/report')), 'build reports');
const builtFiles = (name: string) =>
  name === 'report' ? reports.map((report) => `data/report/${report}`) : [`data/${name}.json`];

/** The CSV's header row, without the byte-order mark. */
const csvHeader = (path: string) =>
  readDist(path)
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!
    .split(',');

describe('the open data against its JSON Schemas', () => {
  for (const file of files) {
    const published = readDistJson<JsonSchema>(`data/schemas/${file.name}.schema.json`);
    const validate = ajv.compile(published);

    it(`${file.name}: the published schema is the one the site documents`, () => {
      expect(published).toEqual(file.schema);
    });

    it(`${file.name}: every built file is valid`, () => {
      for (const path of builtFiles(file.name)) {
        const data = readDistJson<unknown>(path);
        if (Array.isArray(data)) atLeast(1, data, `records in ${path}`);
        expect(validate(data) ? [] : validate.errors, path).toEqual([]);
      }
    });

    it(`${file.name}: a record with a field missing or a field added is invalid`, () => {
      const data = readDistJson<Record<string, unknown>[] | Record<string, unknown>>(builtFiles(file.name)[0]!);
      const record = Array.isArray(data) ? data[0]! : data;
      const [first] = Object.keys(record);
      const { [first!]: _missing, ...without } = record;
      const wrap = (changed: Record<string, unknown>) => (Array.isArray(data) ? [changed] : changed);
      expect(validate(wrap(without))).toBe(false);
      expect(validate(wrap({ ...record, extra: 1 }))).toBe(false);
    });
  }

  it('lists the fields of every record in the schema’s order', () => {
    for (const file of files.filter((item) => item.schema.type === 'array')) {
      const fields = Object.keys((file.schema.items as JsonSchema).properties!);
      for (const record of readDistJson<object[]>(`data/${file.name}.json`))
        expect(Object.keys(record), file.name).toEqual(fields);
    }
  });

  it('gives every CSV a header that is its JSON file’s fields, in order', () => {
    const withCsv = atLeast(
      2,
      files.filter((file) => file.csv),
      'files with a CSV',
    );
    for (const file of withCsv) {
      const [record] = readDistJson<object[]>(`data/${file.name}.json`);
      expect(csvHeader(`data/${file.name}.csv`), file.name).toEqual(Object.keys(record!));
    }
  });
});

describe('the /data/ page', () => {
  const page = fromHtml(readDist('data/index.html'));
  const links = new Set(selectAll('main a', page).map((link) => String(link.properties.href)));

  it('links every open-data file, its CSV and its schema, and shows each file’s fields', () => {
    for (const file of files) {
      expect(links, file.name).toContain(sitePath(`/data/schemas/${file.name}.schema.json`));
      for (const path of builtFiles(file.name)) expect(links, file.name).toContain(sitePath(`/${path}`));
      if (file.csv) expect(links).toContain(sitePath(`/data/${file.name}.csv`));
      const table = selectAll(`#file-${file.name} ~ .table-scroll`, page)[0];
      expect(table, file.name).toBeDefined();
    }
    expect(selectAll('.open-data-file', page)).toHaveLength(files.length);
    expect(selectAll('.open-data-example', page)).toHaveLength(files.length);
  });
});
