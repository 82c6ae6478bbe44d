import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import type { Route } from "@open-signin/token-service";

const assetsDirectory = fileURLToPath(new URL("../../assets/", import.meta.url));

const assets = [
  { name: "signin.css", contentType: "text/css; charset=utf-8" },
  { name: "confirmation.js", contentType: "text/javascript; charset=utf-8" },
] as const;

/**
 * The pages' stylesheet and script, served from this origin (the CSP allows nothing else). Read
 * once at start-up; they are part of the package, not user content.
 */
export function staticAssetRoutes(): Route[] {
  return assets.map(({ name, contentType }) => {
    const body = readFileSync(`${assetsDirectory}${name}`);
    return {
      path: `/static/${name}`,
      methods: {
        GET: (_request, response) => {
          response.writeHead(200, {
            "content-type": contentType,
            "content-length": body.length,
            "cache-control": "public, max-age=300",
            "x-content-type-options": "nosniff",
          });
          response.end(body);
        },
      },
    };
  });
}
