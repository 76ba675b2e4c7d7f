/** Why a fetch was refused or failed, each with a message the editor can act on. */
export type FetchRefusalCode =
  | "bad_url"
  | "scheme"
  | "private_address"
  | "dns"
  | "too_many_redirects"
  | "too_large"
  | "timeout"
  | "content_type"
  | "http_status"
  | "network"
  | "cancelled";

export class FetchRefusal extends Error {
  constructor(
    public readonly reason: FetchRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "FetchRefusal";
  }
}
