import type { IncomingMessage, ServerResponse } from "node:http";
export declare const PAGE_CACHE_CONTROL: string;
export declare function knownInlineScript(text: string): boolean;
export declare function inlineScripts(html: string): { hash: string; known: boolean }[];
export declare function isPageAddress(url: string): boolean;
export declare function finishPages(req: IncomingMessage, res: ServerResponse): void;
export declare function replayPage(req: IncomingMessage, res: ServerResponse): boolean;
