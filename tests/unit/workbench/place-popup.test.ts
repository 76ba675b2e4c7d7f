import { describe, expect, it } from "vitest";
import { placePopup } from "@/app/_components/popup/place-popup";

const viewport = { width: 1440, height: 900 };
const popup = { width: 288, height: 220 };

describe("placePopup: a suggestion list stays against its input and inside the viewport", () => {
  it("opens below the input when it fits", () => {
    expect(placePopup({ top: 100, left: 1100, width: 300, height: 60 }, popup, viewport)).toEqual({ top: 164, left: 1100, width: 288, maxHeight: 900 - 8 - 164, side: "below" });
  });

  it("opens above an input near the bottom of the screen", () => {
    const p = placePopup({ top: 800, left: 1100, width: 300, height: 60 }, popup, viewport);
    expect(p.side).toBe("above");
    expect(p.top).toBe(800 - 4 - 220);
  });

  it("is pulled back from the right edge and narrowed on a small screen", () => {
    expect(placePopup({ top: 100, left: 1300, width: 120, height: 30 }, popup, viewport).left).toBe(1440 - 8 - 288);
    const phone = placePopup({ top: 100, left: 20, width: 350, height: 30 }, { width: 400, height: 200 }, { width: 390, height: 844 });
    expect(phone).toMatchObject({ left: 8, width: 374 });
  });

  it("takes the roomier side and scrolls inside when neither side has room for all of it", () => {
    const p = placePopup({ top: 300, left: 10, width: 300, height: 60 }, { width: 288, height: 1000 }, { width: 800, height: 600 });
    expect(p).toMatchObject({ side: "above", maxHeight: 300 - 4 - 8, top: 8 });
    const low = placePopup({ top: 200, left: 10, width: 300, height: 60 }, { width: 288, height: 1000 }, { width: 800, height: 600 });
    expect(low).toMatchObject({ side: "below", maxHeight: 600 - 8 - 264 });
  });
});
