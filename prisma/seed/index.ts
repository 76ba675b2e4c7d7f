import { createDb } from "@/lib/data/client";
import { seedDemo } from "./seed-demo";

// `npm run db:seed`: seeds demo accounts and the sample article (idempotent).
const db = createDb();
seedDemo(db)
  .then(({ createdArticle }) => {
    console.log(createdArticle ? "Seeded the sample article, example claims and demo accounts." : "Demo data already present: nothing to add.");
  })
  .catch((error: unknown) => {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
