// Writes the API contract (src/api) as an OpenAPI 3.1 document for the backend team.
//   npm run openapi            → openapi.json in the project root
//   npm run openapi -- out.json
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/api/openapi';

const document = buildOpenApiDocument();
const out = process.argv[2] ?? 'openapi.json';
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${out}: ${Object.keys(document.paths).length} paths`);
