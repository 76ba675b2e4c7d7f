"use client";
import { useState, type ReactNode } from "react";
import { TabList, tabPanelProps } from "./tabs";

type LeftTab = "claims" | "suggestions";

/**
 * The left column: the claim list (with orphaned claims under it) and the suggested claims,
 * as two tabs. Both panels stay mounted, so switching keeps the suggestions already scored.
 */
export function LeftColumn({ claims, suggestions }: { claims: ReactNode; suggestions: ReactNode }) {
  const [tab, setTab] = useState<LeftTab>("claims");
  return (
    <div className="wb-left space-y-2">
      <TabList
        idPrefix="left"
        label="Claims and suggestions"
        active={tab}
        onSelect={setTab}
        tabs={[
          { key: "claims", label: "Claims" },
          { key: "suggestions", label: "Suggestions" },
        ]}
      />
      <div {...tabPanelProps("left", "claims", tab)} className="wb-left-claims space-y-3 focus:outline-none">
        {claims}
      </div>
      <div {...tabPanelProps("left", "suggestions", tab)} className="wb-suggestions card max-h-[calc(100vh-5rem)] overflow-y-auto p-3 focus:outline-none">
        {suggestions}
      </div>
    </div>
  );
}
