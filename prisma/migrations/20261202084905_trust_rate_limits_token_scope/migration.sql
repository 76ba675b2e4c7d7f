-- Sign-in throttling moves to rate-limiter-flexible (RateLimit); its hand-written counters go.
DROP TABLE "LoginThrottle";
ALTER TABLE "User" DROP COLUMN "failedLogins";
ALTER TABLE "User" DROP COLUMN "lockedUntil";

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- API tokens: a scope (full / read-only) and an optional expiry, chosen at creation.
ALTER TABLE "ApiToken" ADD COLUMN "scope" TEXT NOT NULL DEFAULT 'full';
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" DATETIME;
