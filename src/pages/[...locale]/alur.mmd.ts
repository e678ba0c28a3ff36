import type { APIRoute } from 'astro';
import { sop } from '../../content/sop';
import { diagramRequest } from '../../features/diagram/diagrams';
import { localeStaticPaths } from '../../site/locale-paths';

export const getStaticPaths = localeStaticPaths;

/** The Mermaid source of the whole flow, exactly as the site draws it: it opens in any Mermaid editor. */
export const GET: APIRoute = ({ props }) => {
	const { source } = diagramRequest(sop, props.lang, import.meta.env.BASE_URL);
	return new Response(source.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
