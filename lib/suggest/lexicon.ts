// Word lists behind the features. Kept separate so they can be extended without
// touching scoring logic. All entries are lower-case.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Verbs that attribute a statement or finding to a source. */
export const ATTRIBUTION_VERBS = words(`
  said says told tells reported reports found finds announced announces denied denies claimed
  claims confirmed confirms stated revealed reveals admitted admits estimated estimates
  showed shows show testified wrote disclosed acknowledged alleged alleges insisted warned
  disputed noted added according
`);

/** Verbs describing something that happened: the backbone of factual event reports. */
export const ACTION_VERBS = words(`
  voted approved rejected passed signed launched announced won lost beat defeated scored
  rose fell increased decreased dropped grew jumped climbed surged plunged doubled tripled halved
  cut raised spent paid stole charged arrested jailed sentenced convicted admitted pleaded fined
  killed died injured closed opened reopened recalled imposed declassified sanctioned banned
  appointed resigned fired elected hired moved joined left reached hit recorded published
  released awarded seized attacked invaded annexed offered introduced created
  discovered agreed refused denied confirmed announced declined accused criticized criticised
  called demanded sealed equalling equalled broke set topped sold collapsed
`);

export const CAUSAL_PATTERNS: readonly RegExp[] = [
  /\b(caus(ed|ing|es)|because|led to|leads? to|due to|result(ed|s)? in|as a result|blam(ed|es|ing)|triggered|prompted|linked to|responsible for|thanks to|driven by|contribut(ed|es) to|meaning)\b/i,
];

export const COMPARISON_PATTERN =
  /\b(more than|less than|fewer than|greater than|higher|lower|bigger|smaller|larger|compared (with|to)|up from|down from|than|above|below|rose|fell|increased|decreased|doubled|tripled|halved|outnumber\w*)\b/i;

export const SUPERLATIVES = words(`
  largest biggest highest lowest greatest smallest worst best most least first fastest slowest
  longest shortest oldest youngest deadliest costliest warmest hottest coldest wettest driest
  never ever unprecedented
`);

/** "record" is a superlative only in these frames (not "vaccination record"). */
export const RECORD_PATTERN =
  /\b(?:a|new|all-time|on|club|world|national) record\b|\brecords? (?:began|high|low|number|level)\b|\brecord-(?:breaking|high|low)\b/i;

// Words ending in -est that are not superlatives; keeps the generic suffix rule honest.
export const NOT_SUPERLATIVE = words(`
  interest interests honest modest protest protests suggest suggests suggested forest west
  rest test tests request requests arrest arrested latest earnest harvest contest invest
  digest chest guest nest quest manifest budapest everest conquest inquest bequest pest
  crest behest unrest priest attest detest infest
`);

export const OPINION_PATTERN =
  /\b(i|we) (think|believe|feel|hope|wish|guess|reckon|suppose|expect)\b|\bin my (view|opinion)\b|\b(i'm|i am) (so |very |really )?(sure|proud|confident|delighted|disappointed)\b|\bto be honest\b|\bhonestly\b/i;

/** Adjectives of judgement: their presence signals evaluation rather than fact. */
export const JUDGEMENT_WORDS = words(`
  great terrible wonderful awful shameful disgraceful disgrace beautiful amazing brilliant
  fantastic horrible ridiculous outrageous incredible
  proud terrifying remarkable shocking sad tragic welcome
  difficult bad good excellent superb stunning
`);

export const HEDGES = words(`may might could perhaps possibly probably likely seems seem appears appear maybe`);

export const FIRST_PERSON = words(`i i'm i've i'd we we're we've we'll me my our us`);

export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

export const MONTHS = words(`
  january february march april may june july august september october november december
`);

export const EVIDENCE_WORDS = words(`
  study survey report figures data statistics census poll analysis research review audit records
`);

/** Capitalised words that start sentences without being names. */
export const NON_ENTITY_CAPITALS = words(`
  a an the it its he she they we i you his her their our this that these those there but and or
  so yet in on at for with after before when while if as since however meanwhile among by from
  some many most more less others other both one all no not only last earlier later now then
  what why how who where which is are was were do does did can could should would will may
  might must let read share watch related photo image pictured advertisement updated published
  early nationally critics officials researchers scientists prosecutors parents
  less local so far
`);

export const UNIT_WORDS = words(`
  percent per cent people persons cases patients deaths votes jobs homes houses families firms
  years months weeks days hours minutes seconds miles kilometres kilometers km metres meters
  yards feet tonnes tons litres liters points goals matches games times
  children members students staff workers degrees square
`);

export const NUMBER_WORDS = words(`
  hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
  twice half third quarter two-thirds
`);
