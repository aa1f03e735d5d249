import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, routeOf, withBase } from '../../src/lib/site-address.ts';

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
