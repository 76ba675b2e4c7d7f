import type { ReviewState, Stance, Verdict } from "@/lib/domain/enums";

export interface ExampleClaim {
  exact: string;
  claimant: string | null;
  normalized: string;
  verdict: Verdict;
  reviewState: ReviewState;
  rationale: string;
  sources: { url: string; title: string; publisher: string; excerpt: string; stance: Stance; accessedAt: string }[];
}

/** Worked examples on real sentences of the sample article, checked against primary sources. */
export const EXAMPLE_CLAIMS: ExampleClaim[] = [
  {
    exact: "Among those hit with sanctions was the director of Russia's foreign intelligence service, the FSB.",
    claimant: "Article (Daily Mail)",
    normalized: "The FSB is Russia's foreign intelligence service, and its director was sanctioned in March 2021.",
    verdict: "false",
    reviewState: "approved",
    rationale:
      "The FSB (Federal Security Service) is Russia's **domestic** security service; Russia's foreign intelligence service is the **SVR**. " +
      "The US Treasury's 2 March 2021 sanctions did designate the FSB's director, Aleksandr Bortnikov, but the article misdescribes the agency he runs.",
    sources: [
      {
        url: "https://home.treasury.gov/news/press-releases/jy0045",
        title: "Treasury Sanctions Russian Officials in Response to the Poisoning and Imprisonment of Aleksey Navalny",
        publisher: "U.S. Department of the Treasury",
        excerpt: "OFAC designated ... Aleksandr Bortnikov, the Director of the FSB.",
        stance: "refutes",
        accessedAt: "2021-03-23",
      },
      {
        url: "https://en.wikipedia.org/wiki/Federal_Security_Service",
        title: "Federal Security Service",
        publisher: "Wikipedia",
        excerpt: "The FSB is the principal security agency of Russia; foreign intelligence is the responsibility of the SVR.",
        stance: "context",
        accessedAt: "2021-03-23",
      },
    ],
  },
  {
    exact: "Biden told ABC News last week that Moscow will 'pay a price' for its election interference.",
    claimant: "Article (Daily Mail)",
    normalized: "In an ABC News interview, Biden said Russia would pay a price for interfering in the 2020 election.",
    verdict: "verified",
    reviewState: "needs_review",
    rationale:
      "In the interview with George Stephanopoulos broadcast on 17 March 2021, Biden said Putin \"will pay a price\" for the election interference described in the ODNI report.",
    sources: [
      {
        url: "https://abcnews.go.com/Politics/biden-putin-pay-price-interfering-2020-election-exclusive/story?id=76509669",
        title: "Biden says Putin will 'pay a price' for interfering in 2020 election",
        publisher: "ABC News",
        excerpt: "\"He will pay a price,\" Biden said of Putin.",
        stance: "supports",
        accessedAt: "2021-03-23",
      },
    ],
  },
  {
    exact:
      "found Russian intelligence officials fed disinformation to Donald Trump allies about the Bidens during the 2020 president campaign as part of an election influence effort",
    claimant: "U.S. Director of National Intelligence (as reported)",
    normalized: "The ODNI found Russian intelligence-linked proxies pushed misleading claims about the Bidens to people close to Trump in 2020.",
    verdict: "verified",
    reviewState: "open",
    rationale:
      "The declassified Intelligence Community Assessment of 16 March 2021 says Russian state and proxy actors, including proxies linked to Russian intelligence, pushed \"misleading or unsubstantiated allegations against President Biden\" to US media, officials and individuals, \"including some close to former President Trump\".",
    sources: [
      {
        url: "https://www.dni.gov/files/ODNI/documents/assessments/ICA-declass-16MAR21.pdf",
        title: "Foreign Threats to the 2020 US Federal Elections (ICA 2020-00078D)",
        publisher: "Office of the Director of National Intelligence",
        excerpt: "...misleading or unsubstantiated allegations against President Biden ... including some close to former President Trump and his administration.",
        stance: "supports",
        accessedAt: "2021-03-23",
      },
    ],
  },
  {
    exact: "its placing of bounties on US troops serving in Afghanistan",
    claimant: "Article (Daily Mail)",
    normalized: "Russia placed bounties on US troops serving in Afghanistan.",
    verdict: "disputed",
    reviewState: "open",
    rationale:
      "Stated as fact, but the US government's own assessment was hedged: in April 2021 the White House said the intelligence community assessed the bounty reports with *low to moderate confidence*. Russia denies it.",
    sources: [
      {
        url: "https://www.whitehouse.gov/briefing-room/statements-releases/2021/04/15/fact-sheet-imposing-costs-for-harmful-foreign-activities-by-the-russian-government/",
        title: "FACT SHEET: Imposing Costs for Harmful Foreign Activities by the Russian Government",
        publisher: "The White House",
        excerpt: "The intelligence community assesses with low to moderate confidence ...",
        stance: "refutes",
        accessedAt: "2021-04-16",
      },
    ],
  },
  {
    exact: "Putin appeared on stage Thursday during a concert marking the seventh anniversary of Crimea annexation",
    claimant: "Article (Daily Mail)",
    normalized: "Putin appeared at a concert on 18 March 2021 marking seven years since Russia annexed Crimea.",
    verdict: "verified",
    reviewState: "open",
    rationale: "Russia annexed Crimea on 18 March 2014; 18 March 2021, the seventh anniversary, was a Thursday, when Putin spoke at the Luzhniki stadium concert.",
    sources: [
      {
        url: "https://en.wikipedia.org/wiki/Annexation_of_Crimea_by_the_Russian_Federation",
        title: "Annexation of Crimea by the Russian Federation",
        publisher: "Wikipedia",
        excerpt: "On 18 March 2014, Russia and the self-proclaimed Republic of Crimea signed a treaty of accession.",
        stance: "context",
        accessedAt: "2021-03-23",
      },
    ],
  },
];
