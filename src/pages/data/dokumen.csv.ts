import type { APIRoute } from 'astro';
import { fileResponse, openDataFile } from '../../features/open-data/files';
import { files } from './_open-data';

/** The documents of the SOP, one row per document, for spreadsheets (UTF-8 with a byte order mark). */
export const GET: APIRoute = () => fileResponse(openDataFile(files, 'csv'));
