/**
 * The named (interpretable) features of the check-worthiness model, each with the reason a
 * newsroom user sees when it is among a sentence's largest positive contributions. An empty
 * reason means the feature is used but never shown (length bands, position, ...).
 * Word and part-of-speech n-grams come after these, hashed (see features.ts).
 */
export const NAMED_FEATURES = {
  percent: "states a percentage",
  money: "states an amount of money",
  quantity: "states a quantity in figures",
  count_word: "",
  date: "gives a date or period",
  time_of_day: "",
  duration: "gives a duration",
  ordinal: "ranks or orders (first, third, ...)",
  digit: "",
  named_entity: "names a person, place or organisation",
  several_names: "names several people, places or organisations",
  attribution_named: "attributes a statement to a named source",
  attribution: "attributes a statement to a source",
  according_to: "cites a source (\"according to\")",
  evidence: "cites a study, survey or official figures",
  comparison: "makes a comparison",
  superlative: "makes a superlative or record claim",
  change: "reports a rise, fall or result",
  past_event: "reports what someone did",
  perfect: "reports a completed action",
  passive: "",
  future: "",
  modal: "",
  first_person: "",
  second_person: "",
  question: "",
  exclamation: "",
  opens_with_quote: "",
  no_verb: "",
  unpunctuated: "",
  words_1_3: "",
  words_4_7: "",
  words_8_14: "",
  words_15_24: "",
  words_25_plus: "",
  first_line: "",
  repeats_earlier_text: "",
  scheduling: "",
  service_information: "",
  quoted_words: "",
  imperative: "",
  caption: "",
  feeling: "",
  belief: "",
  tally: "",
  figures_seen_before: "",
  after_question: "",
} as const;

export type NamedFeature = keyof typeof NAMED_FEATURES;
export const NAMED_FEATURE_LIST = Object.keys(NAMED_FEATURES) as NamedFeature[];
export const NAMED_FEATURE_INDEX: ReadonlyMap<NamedFeature, number> = new Map(NAMED_FEATURE_LIST.map((f, i) => [f, i]));
