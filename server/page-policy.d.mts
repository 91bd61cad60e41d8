import type { IncomingMessage, ServerResponse } from "node:http";
export declare const PAGE_CACHE_CONTROL: string;
export declare function inlineScriptHashes(html: string): string[];
export declare function isPageAddress(url: string): boolean;
export declare function finishPages(req: IncomingMessage, res: ServerResponse): void;
