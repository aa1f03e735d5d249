/** The reader-settings panel, loaded by src/components/ReaderSettings.astro when a reader first opens it. */
import type { APIRoute } from 'astro';
import { pageModule } from '../lib/page-module';

export const GET: APIRoute = () => pageModule('src/lib/reader-settings-panel.ts');
