/**
 * Import and article rendering use the app's one link rule (lib/domain/link-safety):
 * absolute http(s) with a host, or mailto. Relative URLs have no meaningful base once an
 * article is copied into Factdesk; every other scheme is dangerous or useless to a reader.
 */
export { safeLinkHref as safeHref } from "@/lib/domain/link-safety";
