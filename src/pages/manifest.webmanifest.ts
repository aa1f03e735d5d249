/** Lets residents add the gazette to a phone's home screen with its name and icon. */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../lib/archive';
import { href } from '../lib/href';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE_NAME,
      short_name: '槐荫区公报',
      lang: 'zh-CN',
      start_url: href('/'),
      display: 'browser',
      background_color: '#ffffff',
      theme_color: '#9b1c1c',
      icons: [
        { src: href('/icons/192.png'), sizes: '192x192', type: 'image/png' },
        { src: href('/icons/512.png'), sizes: '512x512', type: 'image/png' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
