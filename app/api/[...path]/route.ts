import { errorResponse } from "@/lib/api";

// Unknown API paths answer in JSON like the rest of the API, not with the HTML 404 page.
function notFound(): Response {
  return errorResponse(404, "No such API endpoint.", [
    "Available: /api/factions, /api/factions/{id}, /api/sources.",
  ]);
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
