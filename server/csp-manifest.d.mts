export declare const CSP_MANIFEST_FILE: string;
export declare function cspManifestPath(distDir?: string): string;
export declare function pageAddress(relative: string): string | null;
export interface CspManifest {
  pages: Record<string, string[]>;
  notFound: string[];
}
export declare function readCspManifest(distDir?: string): CspManifest | null;
export declare function hashesFor(
  manifest: CspManifest,
  pathname: string,
): { hashes: string[]; prerendered: boolean };
