import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isNeedlessHeadEntry } from './head';
import { isOverviewOnly } from './toc';

/**
 * Drops the table of contents of a page without sections: it would list only "Overview" and
 * cost every such page three script requests. Drops head tags no reader needs (generators, Twitter's card type).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (isOverviewOnly(route.toc)) route.toc = undefined;
	route.head = route.head.filter((entry) => !isNeedlessHeadEntry(entry));
});
