-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "importedHistory" TEXT;

