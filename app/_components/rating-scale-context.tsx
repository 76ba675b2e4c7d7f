"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_RATING_SCALE, verdictDisplay, type RatingScale, type VerdictDisplay } from "@/lib/domain/rating-scale";

/**
 * The newsroom's rating scale for every client component that draws a verdict. The root
 * layout reads it once per request on the server and provides it here, so chips, selects,
 * filters and highlights all speak the same scale (the default five verdicts when unset).
 */
const RatingScaleContext = createContext<RatingScale>(DEFAULT_RATING_SCALE);

export function RatingScaleProvider({ scale, children }: { scale: RatingScale; children: ReactNode }) {
  return <RatingScaleContext.Provider value={scale}>{children}</RatingScaleContext.Provider>;
}

export function useRatingScale(): RatingScale {
  return useContext(RatingScaleContext);
}

/** A claim's verdict as the current scale shows it. */
export function useVerdictDisplay(key: string): VerdictDisplay {
  return verdictDisplay(useRatingScale(), key);
}
