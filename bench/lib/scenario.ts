/**
 * The mixed write workload shared by the Factdesk load, the newsroom load and the bare
 * baseline: each virtual editor cycles create claim → set verdict (with the version it got
 * back) → link a source → comment, on one of several articles.
 */
export interface Phrase {
  exact: string;
  start: number;
  end: number;
}

export interface LoadFixtures {
  tokens: string[];
  articles: { id: string; phrases: Phrase[] }[];
}

export interface EditorState {
  token: string;
  articleId: string;
  phrases: Phrase[];
  step: number;
  n: number;
  claimId?: string;
  version?: number;
}

const VERDICTS = ["verified", "disputed", "misleading", "false", "unverifiable"];
const STANCES = ["supports", "refutes", "context"];
let editorCounter = 0;
let uniq = 0;

export function newEditor(f: LoadFixtures): EditorState {
  const i = editorCounter++;
  const article = f.articles[i % f.articles.length];
  return { token: f.tokens[i % f.tokens.length], articleId: article.id, phrases: article.phrases, step: 0, n: i * 7919 };
}

export interface PlannedRequest {
  method: "POST" | "PATCH";
  path: string;
  body: string;
}

/** The next request of this editor's cycle (falls back to "create" when it has no claim yet). */
export function nextRequest(s: EditorState): PlannedRequest {
  s.n++;
  uniq++;
  if (s.step === 0 || !s.claimId) {
    s.step = 0;
    const p = s.phrases[s.n % s.phrases.length];
    return { method: "POST", path: `/api/articles/${s.articleId}/claims`, body: JSON.stringify({ exact: p.exact, start: p.start, end: p.end }) };
  }
  if (s.step === 1) {
    return { method: "PATCH", path: `/api/claims/${s.claimId}`, body: JSON.stringify({ version: s.version, verdict: VERDICTS[s.n % VERDICTS.length] }) };
  }
  if (s.step === 2) {
    const k = s.n % 50; // a pool of URLs: most links reuse an existing source
    return {
      method: "POST",
      path: `/api/claims/${s.claimId}/sources`,
      body: JSON.stringify({ url: `https://stats.example.org/report/${k}`, title: `Report ${k}`, publisher: "Statistics Office", stance: STANCES[s.n % 3], excerpt: "Table 3, row 2" }),
    };
  }
  return { method: "POST", path: `/api/claims/${s.claimId}/comments`, body: JSON.stringify({ body: `Checked the figure against the report (${uniq}).` }) };
}

/** Advances the cycle from a response; a failed step restarts the cycle with a new claim. */
export function onResponse(s: EditorState, status: number, body: string): void {
  if (status >= 400) {
    s.step = 0;
    s.claimId = undefined;
    return;
  }
  if (s.step === 0 || s.step === 1 || s.step === 2) {
    try {
      const parsed = JSON.parse(body) as { claim?: { id: string; version: number } };
      if (parsed.claim) {
        s.claimId = parsed.claim.id;
        s.version = parsed.claim.version;
      }
    } catch {
      // keep the old state
    }
  }
  s.step = (s.step + 1) % 4;
}
