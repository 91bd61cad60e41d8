export declare const PERMISSIONS_POLICY: string;
export declare const NON_DOCUMENT_CSP: string;
export declare const BASELINE_HEADERS: Readonly<Record<string, string>>;
export declare const HSTS: string;
