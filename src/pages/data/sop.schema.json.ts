import type { APIRoute } from 'astro';
import { fileResponse, openDataFile } from '../../features/open-data/files';
import { files } from './_open-data';

/** The JSON Schema of sop.json, generated from the Zod schemas that validate the model. */
export const GET: APIRoute = () => fileResponse(openDataFile(files, 'schema'));
