export declare const PERMISSIONS_POLICY: string;
export declare const NON_DOCUMENT_CSP: string;
export declare const BASELINE_HEADERS: Readonly<Record<string, string>>;
export declare const HSTS: string;
export declare const EMBEDDABLE_PREFIXES: readonly string[];
export declare function isEmbeddable(pathname: string): boolean;
export declare function pageCsp(options: {
  scriptHashes: readonly string[];
  nonce?: string | null;
  dev: boolean;
  https: boolean;
  embeddable: boolean;
}): string;
