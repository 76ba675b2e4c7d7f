-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "actorId" TEXT,
    "articleId" TEXT,
    "claimId" TEXT,
    "commentId" TEXT,
    "summary" TEXT NOT NULL,
    "detail" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NotificationSetting" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "muted" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NotificationSetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable: columns added in place (a rebuilt Claim table would lose its search triggers).
ALTER TABLE "Claim" ADD COLUMN "reviewNote" TEXT;
ALTER TABLE "Claim" ADD COLUMN "reviewNoteAction" TEXT;
ALTER TABLE "Claim" ADD COLUMN "reviewNoteById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD COLUMN "reviewNoteAt" DATETIME;

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

