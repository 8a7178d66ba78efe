"""English grammar for counts and breakdowns, and the claim gates. Each pattern with the
wordings it covers (rules in counts.py, individual.py):

    _COUNT              "145 Russian citizens", "52 guilty verdicts", "24 criminal cases",
                        "18 treason investigations",
                        "six of them", "1,300 treason and espionage cases"
    _POST_CONV          "... were convicted", "... of Crimea were found guilty", "The
                        majority — 177 people (76%) — were convicted"
    _PRE_CONV           "convicted 23 ...", "handed down guilty verdicts to 39 ..."
    _POST_SENTENCES     "45 treason sentences were handed down"
    _PRE_FOUND(_IN)     "found 40 people guilty", "found defendants guilty in 37 cases",
                        "guilty verdicts were handed down in 37 treason cases"
    _POST_CASE          "... cases were opened" (_PRE_CASE, "investigators opened 24
                        ... cases": grammar_en_cases.py)
    _NUMBER_OF, _CONVICTIONS_REACHED, _NUMBER_OF_CASES, _CONVICTIONS_PUT_AT
                        (grammar_en_reached.py) counts told by what they reached
    _BREAKDOWN_ITEM     "Of those, 18 were Ukrainian nationals"
    _BREAKDOWN_OF_THEM  "Eleven of them were foreigners"
    _INCLUDING_ITEM     "including 18 Ukrainians"
    _BASELINE_COUNT     (grammar_en_baselines.py) "up from 40 in 2023", "up from eight a
                        year earlier", "against two in the same period of 2022"
    _ANAPHORIC_CHARGE   "this offence", "the same charges", "under these statutes"

Penalties and enactments: grammar_en_penalties.py; lists of counts: grammar_en_lists.py;
individual sentences: grammar_en_individual.py; who counted a figure ("according to
OVD-Info", "Mediazona counted", "data from ..."): grammar_en_attribution.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from kgbuild.extraction.changes import _FACTOR_NUM
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_enactments import (
    _ENACT_PIECES,
)
from kgbuild.extraction.numbers import (
    _ALL_WORDS,
    _QUAL,
    _WORD,
    _YEAR_NUMBER,
    NUMBER_PATTERN,
    number_starts,
)
from kgbuild.extraction.retracted import retracts_report
from kgbuild.fastre import compile_narrowed, finditer_at

_DEMONYMS: Final = (
    *("Germans", "Latvians", "Lithuanians", "Estonians", "Finns", "Swedes", "Norwegians"),
    *("Italians", "Spaniards", "Israelis", "Azerbaijanis", "Armenians", "Uzbeks", "Tajiks"),
    *("Chechens", "Dagestanis", "Canadians", "Australians", "Serbs", "Czechs", "Hungarians"),
    *("Romanians", "Bulgarians", "Austrians", "Syrians", "Iranians", "Koreans", "Turkmens"),
)
"""The plurals of nationalities a count may name besides the first few ("two Germans",
"three Latvians"): each is a people noun as "Britons" is."""
_PEOPLE_NOUNS = (
    r"people|persons|person|individuals|individual|citizens|citizen|nationals|national|"
    r"Russians|Ukrainians|Americans|Belarusians|Georgians|Kazakhs|Moldovans|Britons|foreigners|"
    + "|".join(_DEMONYMS)
    + "|"
    r"defendants|believers|Jehovah['’]s\s+Witnesses|journalists|activists|residents|men|women|"
    r"servicemen|soldiers|scientists|minors|teenagers|children|civilians|residents|"
    r"protesters|protestors|dissidents|students|lawyers|priests|officials|officers|engineers|"
    r"fighters|mercenaries|conscripts|pensioners|teachers|doctors|workers|employees|bloggers|"
    r"volunteers|Crimeans|Tatars|Muslims|"
    # "447 deserters were sentenced": the noun names its offence too (a label of desertion)
    r"deserters|"
    r"of\s+(?:them|those|these|whom)"
)
_VERDICT_NOUNS = r"guilty\s+verdicts|verdicts|convictions|sentences"
_CASE_NOUNS = r"cases|investigations|probes"
_MOD_STOP = (
    r"(?:were|was|are|is|had|have|has|been|be|of|in|on|for|and|or|who|which|that|to|from|"
    rf"with|by|at|as|than|the|a|an|times|fold|years?|months?|days?|{_WORD})"
)
_MOD_WORD = rf"(?!{_MOD_STOP}\b)[A-Za-z][\w'’.-]*"
_COUNT = compile_narrowed(
    # a modifier may stand in quotes: '64 "fakes" convictions'
    rf"(?P<num>{NUMBER_PATTERN})"
    # "410 of those verdicts were handed down in 2024": a part of a count told before
    r"(?:\s+of\s+(?:those|these))?"
    rf"(?P<mods>(?:\s+(?!{_MOD_STOP}\b)[\"“‘]?[A-Za-z][\w'’.-]*[\"”]?){{0,3}}?"
    # "230 treason, espionage and confidential cooperation convictions": a list of
    # modifiers, the last after "and" (two words each at most)
    rf"(?:(?:,\s+{_MOD_WORD}(?:\s+{_MOD_WORD})?){{1,3}},?\s+(?:and|or)\s+{_MOD_WORD}"
    rf"(?:\s+{_MOD_WORD})?|\s+(?:and|or)\s+{_MOD_WORD}(?:\s+{_MOD_WORD})?)?)"
    rf"\s+(?P<noun>{_VERDICT_NOUNS}|{_PEOPLE_NOUNS}|{_CASE_NOUNS})(?![\w-])",
    re.IGNORECASE,
)
_COUNT_GATE: Final = (
    "people",
    "person",
    "individual",
    "citizen",
    "national",
    "russians",
    "ukrainians",
    "americans",
    "belarusians",
    "georgians",
    "kazakhs",
    "moldovans",
    "britons",
    *(d.lower() for d in _DEMONYMS),
    "foreigners",
    "defendants",
    "believers",
    "witnesses",
    "journalists",
    "activists",
    "residents",
    "men",
    "soldiers",
    "deserters",
    "scientists",
    "minors",
    "teenagers",
    "children",
    "civilians",
    "protesters",
    "protestors",
    "dissidents",
    "students",
    "lawyers",
    "priests",
    "officials",
    "officers",
    "engineers",
    *("fighters", "mercenaries", "conscripts", "pensioners", "teachers", "doctors"),
    *("workers", "employees", "bloggers", "volunteers", "crimeans", "tatars"),
    "muslims",
    " them",
    " those",
    " these",
    " whom",
    "verdicts",
    "convictions",
    "sentences",
    "cases",
    "investigations",
    "probes",
)
"""Every _COUNT match ends in one of its nouns, each of which contains one of these."""


def _counts(
    sentence: str, folded: str, starts: Sequence[int] | None = None
) -> Iterator[re.Match[str]]:
    """_COUNT's matches in a sentence, after its literal gate (see _TIME_GATES). _COUNT
    opens with a number: it is tried only where one can begin (``starts``, from
    number_starts), 3-4x faster than its finditer."""
    if _gate_open(_COUNT_GATE, folded):
        starts = number_starts(sentence, folded) if starts is None else starts
        yield from finditer_at(_COUNT, sentence, starts)


_AUX = (
    r"(?:(?:were|was|are|is|(?:have|has|had)\s+(?:(?:already|now|also|since)\s+)?been|"
    r"had|have|has|being|been|"
    r"will\s+be|would\s+be)\s+)?"
)
_ADV = (
    r"(?:(?:also|reportedly|subsequently|eventually|already|then|all|each|later|ultimately|"
    r"officially|newly|in\s+total|so\s+far)\s+)*"
)
_CONV_VERB = (
    r"(?:convicted|found\s+guilty|sentenced|jailed|given\s+(?:such\s+|similar\s+)?"
    r"(?:prison\s+|jail\s+|custodial\s+)?(?:sentences|terms)|handed\s+(?:down\s+)?"
    r"(?:(?:prison\s+|jail\s+)?(?:sentences|terms)|(?:guilty\s+)?verdicts|convictions)|"
    r"received\s+(?:such\s+|similar\s+)?(?:prison\s+|jail\s+|custodial\s+)?(?:sentences|terms)|"
    # "37 people were put behind bars for espionage"
    r"put\s+behind\s+bars|sent\s+to\s+(?:prison|jail))"
)
_CASE_VERB = r"(?:opened|initiated|launched|filed|brought|instituted|registered|started)"
_APPOS = r"(?:\s*,[^,;]{1,80},|\s+[—–][^—–,;.\d]{1,60}[—–])?"
"""An aside after a count's noun, between commas or dashes ("Some 350 people — a record —
were convicted")."""
# "Twelve residents of Crimea were convicted", "600 cases on treason and espionage were opened"
_POSTMOD = (
    r"(?:\s+(?:of|from|in|on|into|over|under|for|(?:tried|charged|prosecuted|accused|"
    r"arrested|detained)\s+(?:for|with|of|on|under))\s+[^,.;]{1,60}?)?"
)
"""After a count's noun: "... of Crimea", "... tried for espionage in 2024" (were
convicted)."""
_COORD_NOUN = r"(?:\s+(?:and|or)\s+[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,2}?)?"
"""A noun coordinated with the count's: "23 foreigners and stateless people were ..."."""
_APPOS_END = (
    r"(?:(?:\s*\([^()]{1,40}\))?(?:\s*,\s*or\s+[\d.,]+\s*(?:%|per\s*cent))?\s*(?:[,—–]|\s-(?=\s)))?"
)
"""The end of a count in apposition to its head: "The majority, 177 people, were ...", "The
majority — 177 people (76%) — were ..."."""
_POST_CONV = compile_narrowed(
    rf"^{_COORD_NOUN}{_APPOS}{_POSTMOD}{_APPOS_END}(?:\s+(?:who|that))?\s+{_AUX}{_ADV}"
    rf"(?P<v>{_CONV_VERB})\b",
    re.IGNORECASE,
)
_CASE_ARRIVED = (
    r"(?:went|go|gone|came|come)\s+to\s+(?:trial|court)|"
    r"(?:reached|entered)\s+(?:the\s+)?(?:[\w-]+\s+)?courts?|"
    r"(?:sent|submitted|referred|transferred|passed)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?courts?|"
    r"came\s+before\s+(?:the\s+)?(?:[\w-]+\s+)?(?:courts?|judges)|"
    # "718 new AWOL cases landed on judges' desks", "... landed in the courts"
    r"landed\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:judges['’]?\s+desks|courts?)"
)
"""Cases that reached a court: "70 cases of treason reached Russian courts in 2023"."""
_POST_CASE = compile_narrowed(
    rf"^{_APPOS}{_POSTMOD}\s+{_AUX}{_ADV}(?P<v>{_CASE_VERB}|{_CASE_ARRIVED})\b", re.IGNORECASE
)
_PRE_CONV = compile_narrowed(
    # "returned (pronounced) guilty verdicts against 55 persons": a court statement's verbs
    rf"\b(?P<v>convicted|sentenced|jailed|(?:handed\s+(?:down\s+)?|(?:issued|delivered|passed|"
    rf"returned|pronounced|rendered)\s+)"
    rf"(?:[a-z]+\s+)?(?:guilty\s+verdicts|verdicts|convictions|sentences|prison\s+terms)\s+"
    rf"(?:to|against|on))\s+"
    rf"(?:a\s+(?:total|record)\s+of\s+|a\s+record\s+)?(?:{_QUAL}\s+)?"
    r"(?:(?:just|only|a\s+mere)\s+)?$",
    re.IGNORECASE,
)
_PRE_FOUND = compile_narrowed(rf"\bfound\s+(?:a\s+total\s+of\s+)?(?:{_QUAL}\s+)?$", re.IGNORECASE)
_PRE_FOUND_IN = compile_narrowed(
    rf"\b(?:found\s+(?:[\w-]+\s+){{0,2}}guilty|convicted\s+(?:[\w-]+\s+){{0,2}}|"
    rf"(?:handed\s+down|issued|delivered|passed)\s+(?:guilty\s+)?verdicts|"
    rf"(?:guilty\s+)?verdicts\s+(?:were|have\s+been|had\s+been)\s+(?:handed\s+down|issued|"
    rf"delivered|passed|returned))\s+in\s+"
    rf"(?:a\s+total\s+of\s+)?(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
"""Before a number of cases that ended in a conviction: "found defendants guilty in 37 cases"."""
_PRE_VERDICT = compile_narrowed(
    rf"\b(?:handed\s+(?:down|out)|issued|delivered|passed|recorded|registered|counted|"
    rf"tallied|logged|documented|tracked|(?<=courts\s)carried\s+out|"
    rf"(?<=courts\s)(?:[\w-]+\s+){{0,3}}?carried\s+out)\s+(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
_POST_SENTENCES = compile_narrowed(
    rf"^{_POSTMOD}\s+{_AUX}{_ADV}(?:handed\s+(?:down|out)|issued|delivered|passed|pronounced|"
    # "684 sentences ... were carried out by military courts" (a translation's wording)
    r"carried\s+out(?=\s+by\s+(?:[\w-]+\s+){0,3}?(?:courts?|judges?)\b))\b",
    re.IGNORECASE,
)
"""Sentences (verdicts) said to be handed down after them: "45 treason sentences were handed
down in 2024" (not "... were upheld", nor a term: "sentences of up to 20 years")."""
_PRE_SENT_ON = compile_narrowed(
    rf"\b(?:sent|referred|submitted|forwarded|transferred)\s+(?:a\s+total\s+of\s+)?"
    rf"(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
_VERDICT_UNDONE = compile_narrowed(
    r"^\s+(?:\w+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:(?:later|since|subsequently|afterwards)\s+)?(?:overturned|quashed|annulled|"
    r"reversed|appealed)|"
    # a participle after them: "58 verdicts later overturned on appeal"
    r"^\s+(?:(?:later|since|subsequently|afterwards)\s+)?(?:overturned|quashed|annulled|"
    r"reversed|set\s+aside)\b",
    re.IGNORECASE,
)
_GAPPED_ITEM = compile_narrowed(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<what>[^,.;\d]{{3,60}}?)\s+(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})\b(?!\s*(?:%|percent|per\s+cent|times|fold|-fold|years?|months?))",
    re.IGNORECASE,
)
"""An item after a nominal count that shares its verb: ", espionage convictions 23"."""
_CONVICTION_CUE = compile_narrowed(
    r"\b(?:convictions?|convicted|found\s+guilty|sentenced|verdicts?)\b", re.IGNORECASE
)
_RESPECTIVELY = compile_narrowed(r"\brespectively\b", re.IGNORECASE)
_FACTOR_BEFORE_PAREN = compile_narrowed(
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<f>{_FACTOR_NUM})[\s-]+(?:times|fold)\s*\(\s*$", re.IGNORECASE
)
_BREAKDOWN_START = compile_narrowed(
    r"^\W*(?:of|among)\s+(?:those|them|these|this\s+number|the\s+total|whom|which|the\s+\w+)\b"
    r"[,:]?",
    re.IGNORECASE,
)
_SCOPE_NOUNS = (
    r"citizens|citizen|nationals|national|people|persons|individuals|Russians|Ukrainians|"
    r"Americans|Belarusians|Georgians|Kazakhs|Moldovans|Britons|foreigners|"
    r"Chinese|French|" + "|".join(_DEMONYMS)
)
_BREAKDOWN_ITEM = compile_narrowed(
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:were|was|are|is)\s+"
    rf"(?P<mods>(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?)(?P<noun>{_SCOPE_NOUNS})\b",
    re.IGNORECASE,
)
_INCLUDING_ITEM = compile_narrowed(
    rf"\b(?:including|among\s+them|of\s+whom)\s+(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    rf"\s+(?:were\s+)?(?P<mods>(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?)(?P<noun>{_SCOPE_NOUNS})\b",
    re.IGNORECASE,
)
_OF_THESE_IN = compile_narrowed(
    r"^\W*(?:of|among)\s+(?:these|them|those|this\s+number|the\s+total)\s*,?\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:convicted|sentenced|found\s+guilty)\s+(?:in|during|over|since)\b",
    re.IGNORECASE,
)
"""A part of the total before in a period of its own: "Of these, 390 were convicted in 2024
alone" (a count of the total's offences in 2024)."""
_BREAKDOWN_OF_THEM = compile_narrowed(
    rf"^\W*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+of\s+(?:them|those|these)\s+"
    rf"(?:were|was)\s+(?P<mods>(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?)"
    rf"(?P<noun>{_PEOPLE_NOUNS}|{_SCOPE_NOUNS})\b",
    re.IGNORECASE,
)
"""A breakdown row that opens its sentence: "Six of them were servicemen" (not "Nine of
them were given terms ...")."""
_OFFENCE_PART = compile_narrowed(
    r"^\W*(?:(?P<pre>(?:of|among)\s+(?:them|those|these|this\s+number|the\s+total))\s*,?\s+)?"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?P<post>\s+of\s+(?:them|those|these|the\s+total))?\s+"
    r"(?:(?:were|was|are|is)\s+(?:for|under|on|over|in)|concerned|involved|related\s+to)\b",
    re.IGNORECASE,
)
"""A part of the total before by an offence of its own: "More than 790 of them were for
treason", "Of these, 41 concerned espionage"."""
_ANAPHORIC_CHARGE = compile_narrowed(
    # ("such trials ended in 349 convictions", "these prosecutions")
    r"\bsuch\s+(?:verdicts|convictions|sentences|cases|trials|prosecutions)\b|"
    r"\b(?:this|that|these|those|such|the\s+same|the|both|either)\s+(?:charges?|offen[cs]es?|"
    r"articles?|crimes?|counts?|statutes?|laws?|provisions?)\b|"
    # "military courts convicted 58 soldiers of it"
    r"\b(?:convicted|guilty|sentenced|jailed|imprisoned)\b[^.;]{0,40}?\b(?:of|for|under)\s+it\b|"
    # "460 people were convicted of such acts", "... for such calls"
    r"\b(?:convicted|guilty|sentenced|jailed|imprisoned)\b[^.;]{0,40}?\b(?:of|for)\s+"
    r"(?:such|these|those|similar)\s+(?:acts|actions|calls|statements|posts|deeds|activit(?:y|ies))\b",
    re.IGNORECASE,
)
_PURPOSE = compile_narrowed(
    r"(?:aimed\s+at|intended\s+to|designed\s+to|in\s+order\s+to|with\s+the\s+aim\s+of|"
    r"so\s+as\s+to|meant\s+to)\s+$",
    re.IGNORECASE,
)

_NATIONALITIES: Final[dict[str, str]] = {
    "russian": "russian",
    "russians": "russian",
    "ukrainian": "ukrainian",
    "ukrainians": "ukrainian",
    "american": "us",
    "americans": "us",
    "us": "us",
    "u.s.": "us",
    "belarusian": "belarusian",
    "belarussian": "belarusian",
    "belarusians": "belarusian",
    "georgian": "georgian",
    "georgians": "georgian",
    "kazakh": "kazakh",
    "kazakhs": "kazakh",
    "moldovan": "moldovan",
    "moldovans": "moldovan",
    "british": "uk",
    "britons": "uk",
    "german": "german",
    "germans": "german",
    "french": "french",
    "chinese": "chinese",
    "foreign": "foreign",
    "foreigners": "foreign",
}


def _scope(mods: str, noun: str) -> str | None:
    words = [w.strip(".,").lower() for w in f"{mods} {noun}".split()]
    nationality = next((_NATIONALITIES[w] for w in words if w in _NATIONALITIES), None)
    if nationality is None:
        return None
    noun_l = noun.lower()
    if noun_l.startswith("national") or (nationality == "foreign" and noun_l == "foreigners"):
        return f"{nationality}_nationals"
    return f"{nationality}_citizens"


def _unit(noun: str) -> str:
    noun_l = re.sub(r"\s+", " ", noun.lower())
    if noun_l in {"verdicts", "convictions", "guilty verdicts", "sentences"}:
        return "verdicts"
    if noun_l in {"cases", "investigations", "probes"}:
        return "cases"
    return "people"


def _is_year_like(num_text: str) -> bool:
    return bool(_YEAR_NUMBER.fullmatch(num_text.strip()))


# --------------------------------------------------------------------------------------
# The claim gate

_CLAIM_WORDS: Final = (
    *_ALL_WORDS,  # numbers in words: counts, terms, factors
    *("half", "third", "quarter", "fifth", "twice", "thrice"),  # changes
    *("doubled", "tripled", "trebled", "quadrupled", "halved"),
    "life",  # penalty.life, sentence.sentenced-to life
)
_CLAIM_WORD_SET: Final = frozenset(_CLAIM_WORDS)
_CLAIM_PIECES: Final = (
    *("%", "fold"),
    *("same sentence", "same term", "same punishment"),  # "got the same term" (same_term.py)
    *_ENACT_PIECES,
)
_DIGIT: Final = compile_narrowed(r"\d")
_LOWER_WORD: Final = compile_narrowed(r"[a-z]+")


def _may_claim(folded: str) -> bool:
    """The claim gate: every rule needs a number (digits or words), a change word or
    "life" (_CLAIM_WORDS), or an enactment verb (_CLAIM_PIECES). A sentence without any
    is not read further: about half of news sentences. A set of words and a few substring
    tests cost a tenth of one regex alternation over the same words. A sentence telling
    what a wrong, earlier report said (retracted.py) is not read either."""
    if _DIGIT.search(folded) or _gate_open(_CLAIM_PIECES, folded):
        return not retracts_report(folded)
    if _CLAIM_WORD_SET.isdisjoint(_LOWER_WORD.findall(folded)):
        return False
    return not retracts_report(folded)


_RULE_WORDS: Final = (
    *_COUNT_GATE,  # the nouns of counts
    *("germans", "chinese", "french"),  # the other nouns of breakdowns (_SCOPE_NOUNS)
    *("convict", "guilty", "sentenc", "verdict"),  # cues of counts without their own noun
    *("year", "month", "life"),  # terms: penalties and individual sentences
    *("same term", "same punishment"),  # "received the same term" (same_term.py)
    *("carries", "carry", "punishable"),  # ranges without a unit (unitless_ranges.py)
    *("figure", "tally", "the number", "total", "the count"),  # _FIGURE_REACHED
    "accounted for",  # _ACCOUNTED_FOR
    *("added another", "added a further", "contributed another", "brought another"),
    *("share", "bulk", "majority", "made up", "make up", "makes up", "were for", "was for"),
    *("there were", "there had been"),  # _THERE_WERE
    *("times", "twice", "thrice", "fold", "half", "third", "quarter", "fifth", "%", "cent"),
    *("doubled", "tripled", "trebled", "quadrupled", "halved"),  # changes to earlier counts
    *("compare", "up from", "down from"),  # "That compares with 202 in 2023" (a baseline)
    "respectively",  # "In 2023 the two numbers were 27 and 15 respectively"
    *("respective", "corresponding", "equivalent", "same two", "same three"),  # figures again
)
"""The second gate, after _may_claim: every rule also needs one of these pieces (in
`fold`ed text) or an enactment verb (_ENACT). A sentence with a number but none of them
("on Feb. 24", "one of the accused") only moves the time context."""
