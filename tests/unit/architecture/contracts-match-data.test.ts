import { describe, expectTypeOf, it } from "vitest";
import type { ArticleView as DataArticleView } from "@/lib/data/articles";
import type { ClaimView as DataClaimView } from "@/lib/data/claims";
import type { NewsroomSettings as DataNewsroomSettings } from "@/lib/data/settings";
import type { UserRecord } from "@/lib/data/users";
import type { ArticleView } from "@/lib/contracts/articles";
import type { ClaimView } from "@/lib/contracts/claims";
import type { NewsroomSettings } from "@/lib/contracts/settings";
import type { PublicUser } from "@/lib/contracts/users";

/**
 * Some response types are also declared by the data layer, which maps rows to them
 * (lib/data/claims.ts, articles.ts, settings.ts, users.ts). Until those files import the
 * contracts' types, the type check (`npx tsc --noEmit`, part of `npm test`) fails here the
 * moment the two declarations drift apart.
 */
describe("data-layer DTOs equal the contracts' response types", () => {
  it("ClaimView, ArticleView, NewsroomSettings, PublicUser", () => {
    expectTypeOf<DataClaimView>().toEqualTypeOf<ClaimView>();
    expectTypeOf<DataArticleView>().toEqualTypeOf<ArticleView>();
    expectTypeOf<DataNewsroomSettings>().toEqualTypeOf<NewsroomSettings>();
    expectTypeOf<UserRecord>().toEqualTypeOf<PublicUser>();
  });
});
