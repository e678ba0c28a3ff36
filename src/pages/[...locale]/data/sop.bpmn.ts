import type { APIRoute } from 'astro';
import { fileResponse, openDataFile } from '../../../features/open-data/files';
import { localeStaticPaths } from '../../../site/locale-paths';
import { files } from '../../data/_open-data';

export const getStaticPaths = localeStaticPaths;

/** The procedure as a BPMN 2.0 process with its diagram, in the language of the path: it opens laid out in BPMN modellers. */
export const GET: APIRoute = ({ props }) => fileResponse(openDataFile(files, 'bpmn', props.lang));
