// Serves a build for the browser tests as a plain web server would (bench/serve.ts: `/x/` serves x/index.html, the
// build's 404.html for what it lacks, gzip): `node test/support/serve-build.ts <folder> <port> [base]`. Ready at once,
// where `astro preview` loads the project's configuration first.
import { serveStatic } from '../../bench/serve.ts';

const [dir, port, base = '/'] = process.argv.slice(2);
if (!dir || !port) {
	console.error('usage: node test/support/serve-build.ts <folder> <port> [base]');
	process.exit(2);
}
const server = await serveStatic(dir, Number(port), base);
console.log(`serving ${dir}/ at ${server.origin}${base}`);
