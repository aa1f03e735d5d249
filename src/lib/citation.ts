/**
 * How to cite a document of the gazette, in the official form:
 * `济南市槐荫区人民政府关于…（济槐政字〔2021〕15号），载《济南市槐荫区人民政府公报》2021年第4期`.
 * A document without 文号 (a report, statistics) is cited by its title alone.
 */
import { SITE_NAME } from './paths.ts';

export function citation(document: { title: string; docNumber: string | null; issueTitle: string }): string {
  const number = document.docNumber ? `（${document.docNumber}）` : '';
  return `${document.title}${number}，载《${SITE_NAME}》${document.issueTitle}`;
}
