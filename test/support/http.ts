import { Agent, request } from 'node:http';

/** A response as the server sent it: status, headers by lower-case name (each with every value it was sent with), body bytes. */
export interface RawResponse {
	status: number;
	headers: Map<string, string[]>;
	body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** The one value of a header; throws when the server sent it more than once. Undefined when not sent. */
export function header(response: RawResponse, name: string): string | undefined {
	const values = response.headers.get(name.toLowerCase());
	if (values && values.length > 1) throw new Error(`the header ${name} was sent ${values.length} times: ${values.join(' | ')}`);
	return values?.[0];
}

/**
 * Sends a GET (or HEAD) over plain HTTP and keeps the response as sent: no redirect followed, no body decompressed,
 * and headers sent more than once kept apart (several Content-Security-Policy headers, say).
 */
export function httpGet(url: string, requestHeaders: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET'): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const sent = request(url, { method, headers: requestHeaders, agent }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('error', reject);
			response.on('end', () => {
				const headers = new Map<string, string[]>();
				for (let i = 0; i < response.rawHeaders.length; i += 2) {
					const name = response.rawHeaders[i]!.toLowerCase();
					headers.set(name, [...(headers.get(name) ?? []), response.rawHeaders[i + 1]!]);
				}
				resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
			});
		});
		sent.on('error', reject);
		sent.end();
	});
}
