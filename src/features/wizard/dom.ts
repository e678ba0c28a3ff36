import type { VNode } from './vnode';

/** Builds DOM nodes from an element tree: text only ever becomes text nodes, never HTML. */
export function toDom(node: VNode, doc: Document): Node {
	if (typeof node === 'string') return doc.createTextNode(node);
	const element = doc.createElement(node.tag);
	for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
	for (const child of node.children) element.append(toDom(child, doc));
	return element;
}
