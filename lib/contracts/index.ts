/**
 * The API's contracts, by area: request schemas (defined in lib/validation and re-exported),
 * response types and response schemas. UI code imports types from here, never from
 * lib/server (tests/unit/architecture/ui-imports.test.ts). Endpoint declarations binding a
 * contract to its use case live in lib/http/endpoints (server-only).
 */
export * from "./endpoint";
