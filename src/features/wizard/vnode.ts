/**
 * A tiny element tree: the wizard's result is described once as a tree, then written as HTML
 * for the prerendered pages (`renderHtml`) and built as DOM in the browser, so both show the same.
 */
export interface VElement {
	tag: string;
	attrs: Record<string, string>;
	children: VNode[];
}

/** A node of the tree: an element or text. */
export type VNode = VElement | string;

type Empty = false | null | undefined;
type Child = VNode | Empty | (VNode | Empty)[];

/** An element with attributes and children; falsy children are dropped, arrays are flattened. */
export function h(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): VElement {
	const set: Record<string, string> = {};
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) set[name] = String(value);
	return { tag, attrs: set, children: children.flat().filter((child): child is VNode => child !== false && child !== null && child !== undefined && child !== '') };
}

/** The tree as HTML, every text and attribute value escaped. */
export function renderHtml(node: VNode): string {
	if (typeof node === 'string') return escapeHtml(node);
	const attrs = Object.entries(node.attrs)
		.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
		.join('');
	return `<${node.tag}${attrs}>${node.children.map(renderHtml).join('')}</${node.tag}>`;
}

/** The text of the tree, without markup. */
export function textOf(node: VNode): string {
	return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
