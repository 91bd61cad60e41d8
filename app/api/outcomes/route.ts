import { jsonResponse, parseQuery } from "@/lib/api/api";
import { outcomesQuerySchema, outcomesResponseSchema } from "@/lib/api/api-schemas";
import { filterOutcomes } from "@/lib/views/ledger";
import { getOutcomesData } from "@/lib/data/outcomes";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, outcomesQuerySchema);
  if (!query.ok) return query.response;
  const { verdict = [], topic = [] } = query.value;
  return jsonResponse(request, outcomesResponseSchema, () => ({
    outcomes: filterOutcomes(getOutcomesData().outcomes, { verdict, topic }),
  }));
}
