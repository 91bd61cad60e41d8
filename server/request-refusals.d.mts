export declare function earlyRejection(
  method: string,
  url: string,
): { status: number; headers: Record<string, string>; body: string } | null;
export declare const MAX_REDIRECT_ECHO: number;
