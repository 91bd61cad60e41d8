import { jsonResponse, parseQuery } from "@/lib/api/api";
import { tradeStatementsQuerySchema, tradeStatementsResponseSchema } from "@/lib/api/api-schemas";
import { getTradeStatements } from "@/lib/data/trade-statements";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, tradeStatementsQuerySchema);
  if (!query.ok) return query.response;
  const { kind, scope } = query.value;
  return jsonResponse(request, tradeStatementsResponseSchema, () => ({
    statements: getTradeStatements().statements.filter(
      (s) => (!kind || kind.includes(s.kind)) && (!scope || scope.includes(s.scope)),
    ),
  }));
}
