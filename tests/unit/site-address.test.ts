import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  basePath,
  buildAddress,
  LOCAL_PREVIEW_ADDRESS,
  routeOf,
  withBase,
} from '../../src/lib/site-address.ts';

describe('the base path of a site address', () => {
  it('is the folder SITE_URL names, with both slashes, however the address ends', () => {
    expect(basePath('https://www.example.gov.cn/gongbao/')).toBe('/gongbao/');
    expect(basePath('https://www.example.gov.cn/gongbao')).toBe('/gongbao/');
    expect(basePath('https://owner.github.io/archive/gongbao//')).toBe('/archive/gongbao/');
  });

  it('is / for an address at the root of its domain, or none', () => {
    expect(basePath('https://gazette.example.gov.cn')).toBe('/');
    expect(basePath('https://gazette.example.gov.cn/')).toBe('/');
    expect(basePath(undefined)).toBe('/');
  });
});

describe('routes and the base path', () => {
  it('puts a route below the base, and leaves it as it is at the root', () => {
    expect(withBase('/2021/4/', '/gongbao/')).toBe('/gongbao/2021/4/');
    expect(withBase('/', '/gongbao/')).toBe('/gongbao/');
    expect(withBase('/2021/4/', '/')).toBe('/2021/4/');
  });

  it('refuses what is not a route, so that no relative URL slips past the base', () => {
    expect(() => withBase('2021/4/', '/gongbao/')).toThrow('not a route');
  });

  it('makes absolute URLs below the folder of the site address', () => {
    expect(absoluteUrl('/sitemap-index.xml', 'https://www.example.gov.cn/gongbao')).toBe(
      'https://www.example.gov.cn/gongbao/sitemap-index.xml',
    );
    expect(absoluteUrl('/', new URL('https://gazette.example.gov.cn'))).toBe('https://gazette.example.gov.cn/');
  });

  it('reads the route back from a path, and nothing from a path outside the base', () => {
    expect(routeOf('/gongbao/2021/4/', '/gongbao/')).toBe('/2021/4/');
    expect(routeOf('/gongbao', '/gongbao/')).toBe('/');
    expect(routeOf('/2021/4/', '/gongbao/')).toBeNull();
    expect(routeOf('/gongbaoxyz/', '/gongbao/')).toBeNull();
    expect(routeOf('/2021/4/', '/')).toBe('/2021/4/');
  });
});

describe('the address a build is made for', () => {
  it('is SITE_URL when it is given, for a local build too', () => {
    expect(buildAddress('https://www.example.gov.cn/gongbao/', false)).toEqual({
      site: 'https://www.example.gov.cn/gongbao/',
      local: false,
    });
    expect(buildAddress('https://www.example.gov.cn/gongbao/', true)).toMatchObject({ local: false });
  });

  it('is the local preview’s address only when a local build is asked for', () => {
    expect(buildAddress(undefined, true)).toEqual({ site: LOCAL_PREVIEW_ADDRESS, local: true });
    expect(buildAddress('', true)).toEqual({ site: LOCAL_PREVIEW_ADDRESS, local: true });
  });

  it('is never guessed: without SITE_URL a build for publishing is refused, in Chinese, with both ways on', () => {
    const refused = buildAddress(undefined, false);
    expect(refused).toHaveProperty('error');
    expect('error' in refused && refused.error).toMatch(
      /SITE_URL=https:\/\/正式网址\/ npm run build.*npm run build:local/,
    );
  });

  it('refuses an address that is not a web address', () => {
    expect(buildAddress('www.example.gov.cn/gongbao', false)).toEqual({
      error: expect.stringContaining('不是完整的网址') as unknown as string,
    });
    expect(buildAddress('ftp://example.gov.cn/', false)).toEqual({
      error: expect.stringContaining('不是网页地址') as unknown as string,
    });
  });
});
