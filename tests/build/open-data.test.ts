/**
 * The open data of statistics, appointments and citations as built: every record links to what
 * it was read from, the CSV says what the JSON says, and the document pages link exactly the
 * citations that resolve.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import type { AppointmentOpenRecord } from '../../src/data/appointments-open-data.ts';
import { citations, type Citation } from '../../src/data/citations.ts';
import type { StatisticsRecord } from '../../src/data/statistics-open-data.ts';
import { atLeast } from '../support/at-least.ts';
import { ARCHIVED_SOURCES } from '../support/archived-sources.ts';
import { readDist, readDistJson, routeOfPath } from '../support/site.ts';

function pageOf(url: string) {
  const route = routeOfPath(new URL(url, 'http://site.invalid').pathname);
  return fromHtml(readDist(`${route}index.html`));
}

/** Parses the site's CSV (RFC 4180, with a byte-order mark) into rows of fields. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF'), 'starts with a byte-order mark').toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 1; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else {
      field += char;
    }
  }
  return rows;
}

function csvMatchesJson(csvPath: string, records: readonly object[]): void {
  const [header, ...rows] = parseCsv(readDist(csvPath));
  expect(rows).toHaveLength(records.length);
  rows.forEach((row, index) => {
    const record = records[index] as Record<string, unknown>;
    expect(
      Object.fromEntries(header!.map((name, column) => [name, row[column]])),
      `${csvPath} row ${index + 1}`,
    ).toEqual(Object.fromEntries(header!.map((name) => [name, record[name] === null ? '' : String(record[name])])));
  });
}

describe('the statistics open data', () => {
  const records = atLeast(48, readDistJson<StatisticsRecord[]>('data/statistics.json'), 'statistics records');

  it('links every row to the page of the table it was read from, which prints its figures', () => {
    for (const record of records) {
      const page = toText(pageOf(record.documentUrl));
      expect(page, record.period).toContain(record.printedName);
      if (record.growth !== null) expect(page).toContain(String(record.growth));
    }
  });

  it('statistics.csv holds the same records and fields as statistics.json', () => {
    csvMatchesJson('data/statistics.csv', records);
  });
});

describe('the appointments open data', () => {
  const records = atLeast(199, readDistJson<AppointmentOpenRecord[]>('data/appointments.json'), 'appointments');

  it('links every record to the item it was read from, on its document page', () => {
    for (const record of records) {
      const [url, anchor] = record.documentUrl.split('#');
      const element = select(`[id="${decodeURIComponent(anchor!)}"]`, pageOf(url!));
      expect(element, record.documentUrl).toBeDefined();
      expect(toText(element!).trim(), record.documentUrl).toBe(record.item);
    }
  });

  it('appointments.csv holds the same records and fields as appointments.json', () => {
    csvMatchesJson('data/appointments.csv', records);
  });
});

describe('the citations', () => {
  type CitationRecord = Citation & { fromUrl: string; targetUrl: string | null };
  const records = atLeast(40, readDistJson<CitationRecord[]>('data/citations.json'), 'citations');
  const documents = atLeast(56, readDistJson<{ id: string; url: string }[]>('data/documents.json'), 'documents');

  it('citations.json holds every citation the finder reads in the five issues, as build-content resolved them', () => {
    expect(records.map(({ fromUrl: _from, targetUrl: _target, ...citation }) => citation)).toEqual(
      citations(ARCHIVED_SOURCES),
    );
  });

  it('links in the text exactly the citations that resolve, each to its target, and lists the citing documents on the cited one', () => {
    const resolved = records.filter((record) => record.targetUrl !== null);
    let links = 0;
    let citedBy = 0;
    for (const document of documents) {
      const page = pageOf(document.url);
      const targets = new Set(resolved.filter((record) => record.from === document.id).map((r) => r.targetUrl));
      for (const link of selectAll('a.citation', page)) {
        expect(targets, `${document.url} links ${String(link.properties.href)}`).toContain(link.properties.href);
        links += 1;
      }
      const citing = selectAll('.cited-by a', page).map((link) => link.properties.href);
      const expected = [...new Set(resolved.filter((record) => record.target === document.id).map((r) => r.fromUrl))];
      expect(citing, document.url).toEqual(expected);
      citedBy += citing.length;
    }
    // None of the 51 citations of the five issues names an archived document: no link, no list.
    expect(links).toBe(resolved.reduce((sum, record) => sum + record.count, 0));
    expect(citedBy).toBe(new Set(resolved.map((record) => `${record.from} ${record.target}`)).size);
  });
});
