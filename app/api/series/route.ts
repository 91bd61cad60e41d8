import { jsonResponse, parseQuery } from "@/lib/api/api";
import { seriesQuerySchema, seriesResponseSchema } from "@/lib/api/api-schemas";
import { getPaperVersusData, getSeriesData } from "@/lib/data/external-data";
import { filterSeries } from "@/lib/views/filters";

export function GET(request: Request): Response {
  const { series } = getSeriesData();
  const query = parseQuery(request.url, seriesQuerySchema(series.map((s) => s.id)));
  if (!query.ok) return query.response;
  return jsonResponse(request, seriesResponseSchema, () => ({
    series: filterSeries(series, query.value),
    paperVersusData: getPaperVersusData(),
  }));
}
