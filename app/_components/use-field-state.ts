"use client";
import { useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from "react";

type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * State for a controlled form field that keeps what was typed before the page hydrated.
 * A server-rendered field takes typing at once, while React's state still holds the initial
 * value: without this the text stays on screen until the next render clears it, and a submit
 * sends the initial value instead (a fast typist, or a slow phone, lost the article body).
 * Put the returned ref on the field; once hydrated, the state adopts the field's value.
 */
export function useFieldState<T extends string>(initial: T): [T, Dispatch<SetStateAction<T>>, RefObject<FieldElement | null>] {
  const [value, setValue] = useState<T>(initial);
  const ref = useRef<FieldElement | null>(null);
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed !== undefined && typed !== initial) setValue(typed as T);
    // Once, right after hydration: later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [value, setValue, ref];
}
