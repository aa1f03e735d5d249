/** The marking of a search's terms, loaded by src/components/SearchHighlight.astro on a document opened from a search. */
import type { APIRoute } from 'astro';
import { pageModule } from '../lib/page-module';

export const GET: APIRoute = () => pageModule('src/lib/search/highlight-page.ts');
