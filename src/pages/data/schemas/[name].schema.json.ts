/** The JSON Schema of each open-data file (src/data/open-data-schemas.ts), as /data/ links it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA_FILES, type OpenDataFile } from '../../../data/open-data-schemas';
import { jsonResponse } from '../../../lib/open-data-files';

export const getStaticPaths = (() =>
  OPEN_DATA_FILES.map((file) => ({ params: { name: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OpenDataFile }> = ({ props }) => jsonResponse(props.file.schema);
