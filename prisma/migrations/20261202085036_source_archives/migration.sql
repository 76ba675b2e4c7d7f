-- AlterTable
ALTER TABLE "Article" ADD COLUMN "fetchedAt" DATETIME;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "author" TEXT;
ALTER TABLE "Source" ADD COLUMN "lastArchiveId" TEXT;
ALTER TABLE "Source" ADD COLUMN "lastArchivedAt" DATETIME;
ALTER TABLE "Source" ADD COLUMN "publishedAt" DATETIME;

-- CreateTable
CREATE TABLE "SourceArchive" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "httpStatus" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "body" BLOB NOT NULL,
    "text" TEXT NOT NULL,
    "title" TEXT,
    "fetchedAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceArchive_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceArchive_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SourceArchive_sourceId_fetchedAt_idx" ON "SourceArchive"("sourceId", "fetchedAt");

-- CreateIndex
CREATE INDEX "SourceArchive_createdById_idx" ON "SourceArchive"("createdById");

