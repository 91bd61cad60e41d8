import { jsonResponse, parseQuery } from "@/lib/api/api";
import { armsDealsQuerySchema, armsDealsResponseSchema } from "@/lib/api/api-schemas";
import { getArmsDeals } from "@/lib/data/arms-deals";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, armsDealsQuerySchema);
  if (!query.ok) return query.response;
  const { unit, registers, latestYear } = getArmsDeals();
  const wanted = query.value.release;
  return jsonResponse(request, armsDealsResponseSchema, () => ({
    unit,
    registers: wanted ? registers.filter((r) => wanted.includes(r.release)) : registers,
    latestYear,
  }));
}
