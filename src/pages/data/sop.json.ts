import type { APIRoute } from 'astro';
import { fileResponse, openDataFile } from '../../features/open-data/files';
import { files } from './_open-data';

/** The SOP model as open data: the authored model, what it derives, the version of the format and the date of the content. */
export const GET: APIRoute = () => fileResponse(openDataFile(files, 'json'));
