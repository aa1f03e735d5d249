/** The read-aloud player, loaded by src/components/ReadAloud.astro when a reader first presses 朗读. */
import type { APIRoute } from 'astro';
import { pageModule } from '../lib/page-module';

export const GET: APIRoute = () => pageModule('src/lib/read-aloud-player.ts');
