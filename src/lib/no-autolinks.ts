/**
 * A remark plugin for the documents' Markdown: no text turns into a link by itself.
 *
 * GFM's autolink literals would make `网址http://www.jinan.gov.cn/index.html，欢迎访问。` a link
 * that swallows the Chinese punctuation and words after the address, an e-mail address a
 * `mailto:` link, and `<https://evil.example>` a link to whatever follows; the site therefore
 * parses the documents as CommonMark without GFM (astro.config.mjs: the converter writes tables
 * as HTML and uses no other GFM syntax). This plugin switches off CommonMark's own `<…>`
 * autolinks too, for angle brackets the converter did not escape. The converter links nothing on
 * purpose, so addresses stay text, exactly as printed.
 */

interface ParserData {
  micromarkExtensions?: unknown[];
}

export function remarkNoAutolinks(this: { data(): ParserData }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['autolink'] } });
}
