import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

function fileAt(path: string): string | undefined {
	try {
		return statSync(path).isFile() ? path : undefined;
	} catch {
		return undefined;
	}
}

/** Serves a built site folder the way a static host does: folders by their index.html, 404.html when missing. */
export async function serve(root: string): Promise<{ url: string; server: Server }> {
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const local = normalize(join(root, pathname));
		if (local !== root && !local.startsWith(root + sep)) {
			response.writeHead(403).end();
			return;
		}
		const found = fileAt(local) ?? fileAt(join(local, 'index.html'));
		if (found && !pathname.endsWith('/') && found.endsWith(`${sep}index.html`) && !local.endsWith('index.html')) {
			response.writeHead(301, { location: `${pathname}/` }).end();
			return;
		}
		const file = found ?? fileAt(join(root, '404.html'));
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, server };
}
