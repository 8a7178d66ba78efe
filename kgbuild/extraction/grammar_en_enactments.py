"""English grammar for enactments (rules in enactments.py; penalties:
grammar_en_penalties.py).

Enactments (``_ENACT``): "introduced", "toughened", "passed", "adopted", "signed a law",
"signed legislation", "the law, which Putin signed on Friday,", "a bill signed by",
"the definition of treason was expanded", "expanded the article on", "amended",
"criminalised", "took effect", "came into force", "appeared in the Criminal Code", "the
Duma voted ... to make", "the offence was created", "an offence created in July 2022", "introduces a
new Article 280.4", "signed a package of amendments", "the law also makes X a criminal
offence", "the same package makes X a crime", "the same law raises the maximum term for X
to 20 years", "another new article, 275.1, punishes X" (not "became a crime in 2022": en.yaml
reads no enactment there). With no offence in its sentence, "the bill", "the law" or "the
amendments" (or "it": "Lawmakers had passed it on 18 April") take the offences of the
latest enactment, else of the sentence before.
An enactment needs a date in its sentence (or "also", "the same", for the one before).
"""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.numbers import _QUAL, _WORD
from kgbuild.fastre import compile_narrowed

_ENACT = compile_narrowed(
    # "July 14, 2022: Putin signs the law adding ..." (a timeline's present tense)
    r"\b(?P<v>(?:signed|signs|put\s+(?:his|her|their)\s+signatures?\s+(?:to|on))\s+"
    # "signed tougher laws stipulating increased penalties"
    r"(?:an?\s+|the\s+)?(?:(?:set|raft|series|number)\s+of\s+)?"
    r"(?:(?:new|tougher|harsher|stricter|stiffer|several|two|three|further|federal)\s+)?"
    r"(?:laws?|legislation|bills?|amendments?)|"
    r"(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:expanded|broadened|widened)|"
    # "On 28 December 2013 a law adding X to the Code was signed", a timeline's "– 21 July
    # 2014: a law raising ... is signed" (a law's passive signature; not "signed by 300")
    # ("Federal Law No. 586-FZ was signed": the number's "No.")
    r"\b(?:law|legislation|amendments?)\b(?:[^.;:]|(?<=\bNo)\.){0,160}?\b(?:was|were|is|are|has\s+been|"
    r"had\s+been)\s+(?:formally\s+)?signed\b(?!\s+by\s+(?:\d|more|over|some|about))|"
    r"amended|took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|"
    # "will take effect on May 9", "takes effect on 1 March", "comes into force on ..."
    # (a timeline's "9 May 2023 — the law enters into force.": the date before)
    r"(?:will\s+)?(?:take|takes)\s+effect(?=\s+on\b|\s*\.?\s*$)|"
    r"(?:will\s+)?(?:come|comes|enter|enters)\s+into\s+(?:force|effect)(?=\s+on\b|\s*\.?\s*$)|"
    r"(?:has|have|had)\s+been\s+in\s+(?:force|effect)|"
    r"(?:has|have|had)\s+been\s+(?:an?\s+)?(?:(?:separate|distinct|standalone)\s+)?"
    r"(?:crime|criminal\s+offen[cs]e|offen[cs]e|punishable|illegal)"
    # "Since 29 December 2022, assisting sabotage has been a separate offence."
    # ("has been a crime only since July 2022")
    r"(?=\s+(?:only\s+|just\s+)?since\b)|"
    r"^\W*Since\s+(?=[^,.;]{0,30}\d)[^,.;]{3,40},\s+[^,.;]{1,80}?\s+(?:has|have)\s+been\s+(?:an?\s+)?"
    r"(?:(?:separate|distinct|standalone)\s+)?(?:crime|criminal\s+offen[cs]e|offen[cs]e)"
    r"(?=\s*[.;]?\s*$)|"
    # "Voluntary surrender ... was made a crime in September 2022"
    r"(?:was|were|had\s+been|has\s+been)\s+made\s+(?:an?\s+)?(?:crime|criminal\s+offen[cs]e|"
    r"punishable|illegal)|"
    # "became a criminal offence in March 2022", "became punishable by life in December
    # 2022", "became a separate crime, Article 352.1, in September 2022": dated to the
    # month (not "became a crime in 2022": en.yaml reads no enactment)
    r"became\s+(?:an?\s+)?(?:(?:separate|new|distinct|standalone|specific)\s+)?"
    r"(?:crime|criminal\s+offen[cs]e|offen[cs]e|punishable|illegal)"
    r"(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:January|February|"
    r"March|April|May|"
    r"June|July|August|September|October|November|December)\b)|"
    r"introduced|toughened|tightened|stiffened|adopted|enacted|"
    # "Another provision of the law punishes X", "The same law also criminalises X": a
    # signed law's further offence (dated by it: "another", "the same", "also")
    r"(?:provisions?|parts?|articles?|clauses?|sections?)\s+of\s+the\s+(?:same\s+|new\s+)?"
    r"(?:law|bill|legislation|package|amendments)\s+(?:also\s+)?(?:punish(?:es)?|"
    r"criminali[sz]es?|covers?|targets?)\b|"
    r"\b(?:law|legislation|package|amendments)\s+also\s+(?:punish(?:es)?|covers?|targets?)\b|"
    # "It also introduces criminal liability for X", "establishes liability for X" (with
    # "also" or a date: see the docstring)
    r"introduc(?:es|ing)\s+(?:an?\s+)?(?:(?:criminal|new)\s+)?(?:liability|penalties|punishment|offen[cs]es?|"
    r"articles?|crimes?)|criminali[sz](?:es|ing)|"
    r"establish(?:es|ed|ing)\s+(?:criminal\s+)?(?:liability|penalties|punishment)|"
    r"(?:makes?|made|making)\s+[^.;]{1,60}?\s+(?:criminally\s+)?(?:punishable|illegal)\b(?!\s+by)|"
    # "passed the bill", "had passed it on 18 April", not "passed sentences on 287 people"
    # or "passed it to an officer"
    # nor "passed 300 verdicts", "passed at most three verdicts"
    rf"passed(?:\s+into\s+law)?(?!\s+(?:{_QUAL}\s+)?(?:\d|{_WORD}\b))"
    r"(?!\s+(?:(?:a|an|the|its|their|his|her|these|those|such)\s+)?(?:[a-z]+\s+)?"
    r"(?:sentences?|verdicts?|judg(?:e)?ments?|(?:it|them)\s+(?:on\s+)?to|him|her|on\s+to|along|"
    r"away|through|over|"
    r"information|data|secrets?|documents?|coordinates|photos|pictures|details|materials?|"
    r"locations?|positions?|maps?|plans?|files?|footage|videos?|images?|lists?|names|"
    r"intelligence)\b)|"
    r"signed\s+into\s+law|criminali[sz]ed|approved|"
    # "adopted by the Duma on 5 July and signed by Putin on 14 July": the signature
    r"(?<=\band\s)signed\s+by\s+(?:the\s+)?(?:President\s+|president\s+)?(?:Vladimir\s+)?Putin"
    r"(?=\s+(?:on|in|last|this)\b|\s*[.,;])|"
    # "added to the Code", "added confidential cooperation and ... to the code"
    # "Life imprisonment was added to Article 275 in April 2023": to the article itself
    r"added\s+(?:[^.;\d]{1,80}?\s+)?to\s+(?:the\s+(?:Criminal\s+)?Code|[Aa]rticle\s+\d{3}(?:\.\d{1,2})?\b"
    r"(?!\.\d|\s+(?:cases?|files?|proceedings|defendants?|charges?|lists?)\b))|"
    # "the provision added in 2023", "The article allowing life terms was added in 2023"
    r"(?:provision|article|clause|offen[cs]e|amendment|part)s?\s+"
    r"(?:[^.;]{0,60}?\s)?(?:(?:was|were|had\s+been|has\s+been)\s+)?added"
    r"(?=\s+(?:in|on|last|this)\b)|"
    r"(?:expand|broaden|widen)(?:s|ed)\s+(?:the\s+)?(?:scope|definition|article|law|provision)|"
    r"(?:laws?|legislation|bill|amendments?)\s*,?\s+(?:which|that)\s+(?:[\w.]+\s+){1,3}?signed|"
    # "the law Putin signed", "the law the president signed" (a name in capitals, as
    # written: not "the law was signed by 3,000 people")
    r"(?:laws?|legislation|bill|amendments?)\s+(?:(?:the\s+)?(?:president|head\s+of\s+state)"
    r"(?:\s+(?-i:[A-Z])[\w.]+)?|(?:President\s+)?(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)"
    r"\s+(?:had\s+|has\s+)?signed|"
    r"(?:laws?|legislation|bill|measures?|amendments?)(?:\s+(?:on|about|against)\s+[^,.;]{1,40}?)?"
    # (not a petition's "signed by 3,000 people")
    r"\s+(?:was\s+|were\s+)?signed\s+by(?!\s+(?:\d|more\s+than|over|some|about|thousands|"
    r"hundreds|dozens))|"
    # "The federal law toughening the penalties for desertion ... was signed by the
    # President on 29 December 2025" (a participle's phrase after the law)
    # (the law as the subject, opening its sentence: not "A petition against the law ...")
    r"(?-i:(?<![\w,;:] )(?<![\w,;:]  )(?:The|This|A)\s+)(?:(?:new|federal)\s+)?"
    r"(?:laws?|legislation|bill|measures?|amendments?)\s+(?:(?:that|which)\s+)?(?:toughen|"
    r"tighten|stiffen|rais|increas|introduc|criminali[sz]|mak|add|expand|broaden|widen|extend|"
    r"creat|establish)\w*\s+[^,.;]{1,100}?\s+(?:was|were)\s+signed"
    r"(?:\s+by|(?=\s+(?:on|in|last|this)\b))|"
    r"(?:laws?|legislation|bills?|amendments?|package)(?:\s+No\.\s*\d+-FZ)?\s*,?\s+signed"
    r"(?=\s+(?:on|in|last|this)\b|"
    # "The law, signed by Vladimir Putin on 28 April 2023 and in force since 9 May 2023"
    r"\s+by\s+[^,.;]{1,40}?\s+(?:on|in)\s)|"
    r"appeared\s+in\s+the\s+(?:Criminal\s+)?Code|"
    # "It added Article 275.1 ...": the law just dated (enactments.py, _THE_LAW_OPENS)
    r"(?<=\bIt\s)(?:added|adds|inserted)(?=\s+(?:new\s+)?Articles?\s+\d)|"
    # a legal database's entry: "Added by Federal Law No. 157-FZ of 28 April 2023"
    r"(?:added|inserted)\s+by\s+(?:the\s+|a\s+)?(?:Federal\s+)?Law\b|"
    # a timeline's present tense: "July 2022: on the 14th, a second law adds X and Y"
    # (not a term added: "the law adds ten years to ...")
    rf"\b(?:law|legislation|package|amendments)\s+(?:now\s+)?(?:adds|creates)\b"
    rf"(?!\s+(?:\d|(?:{_WORD})\b))|"
    # "Last Friday's law", "Tuesday's amendments": a law dated by its day
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+(?:new\s+)?"
    r"(?:laws?|legislation|amendments?)|"
    r"(?:was|were|has\s+been|have\s+been)\s+created|"
    r"(?:offen[cs]e|article|crime)\s+(?:(?:that|which)\s+was\s+)?created|"
    r"signed\s+(?:an?\s+|the\s+)?package|(?:another\s+)?new\s+article|"
    r"(?:makes?|made|making)\s+[^.;]{1,60}?\s+an?\s+(?:(?:separate|distinct|new|stand-?alone)\s+)?"
    r"(?:criminal\s+offen[cs]e|crime|offen[cs]e)|"
    # "In March 2022 spreading fakes about the army became a crime": the month before it
    r"(?<![\w,]\s)(?:In|On)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{4},?\s+[^.;,]{1,80}?\s"
    r"became\s+(?:an?\s+)?(?:crime|criminal\s+offen[cs]e|offen[cs]e|punishable|illegal)|"
    r"(?:rais(?:e[sd]?|ing)|increas(?:e[sd]?|ing)|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?)\s+"
    r"the\s+(?:maximum|minimum|top|upper)\s+"
    r"(?:term|sentence|penalty|punishment|limit)|"
    r"voted(?=[^.;]{0,40}?\b(?:to\s+(?:make|introduce|criminali[sz]e|toughen|tighten|raise|"
    r"increase|expand|widen|broaden|extend|pass|adopt|approve)|for\s+(?:a|the)\s+"
    r"(?:bill|law|amendments?))))\b",
    re.IGNORECASE,
)
_NOW_IN_FORCE = compile_narrowed(
    r"\b(?:(?:is|are|becomes?|became)\s+now|now)\s+(?:an?\s+)?(?:crime|criminal\s+offen[cs]e|"
    r"offen[cs]e|punishable|illegal|carr(?:y|ies)|brings?|\d|from|between|up\s+to)|"
    r"\bwill\s+(?:now\s+)?(?:carry|bring|be\s+punishable|be\s+an?\s+(?:crime|offen[cs]e))\b|"
    r"\b(?:crime|offen[cs]e)\s+(?:in\s+(?:its|their)\s+own\s+right|of\s+(?:its|their)\s+own)\b|"
    r"\b(?:the|a)\s+new\s+(?:Article|offen[cs]e|crime)\b|"
    # "(it) created the offence of confidential cooperation": the offence after it
    r"\bcreated\s+(?:the|a|an)\s+(?:new\s+)?(?:offen[cs]e|crime)\s+of\b",
    re.IGNORECASE,
)
"""After a dated enactment, what it made or changed: "Voluntary surrender is now a crime",
"Desertion in wartime will carry 5 to 15 years", "For sabotage, the range is now 10 to 20
years", "calls ..., under the new Article 280.4, carry ..."."""
_PENALTY_STATED = compile_narrowed(r"\b(?:punishable|carr(?:y|ies)|punished)\b", re.IGNORECASE)
"""After a law that "creates new offences": a penalty stated for one of them."""
_CREATES_NEW = compile_narrowed(
    r"\b(?:creat|introduc|add|establish)\w*\s+(?:(?:two|three|four|five|several|a\s+few|\d+)\s+)?"
    r"new\s+(?:[\w-]+\s+)?(?:criminal\s+)?(?:offen[cs]es|crimes|articles)\b",
    re.IGNORECASE,
)
_NOW_IN_FORCE_GATE: Final = (
    *("now", "will", "own right", "new ", "punish", "carr", " own", "created", "becom", "becam"),
)
_ENACT_CONTINUES = compile_narrowed(
    r"\b(?:also|the\s+same|too|as\s+well|at\s+the\s+same\s+time|another)\b", re.I
)
_ENACT_PIECES: Final = (
    *("introduc", "tough", "tighten", "stiffen", "passed", "adopted", "enacted", "signed"),
    *("signature", "signs"),
    *("criminali", "approved", "added", "expand", "broaden", "widen", "amended", "inserted by"),
    *("took effect", "into force", "into effect", "appeared in", "voted", "created"),
    *("take effect", "takes effect", "adds", "creates"),
    *("been in force", "been in effect", "been a crime", "been a criminal", "been punishable"),
    *("been illegal", "became", "establish", "punishable", "illegal"),
    *("new article", "criminal offen", "a crime", "made punishable", "made illegal"),
    *("separate offen", "new offen", "distinct offen", "alone offen"),
    *(" of the law", " of the same law", " of the new law", " of the bill", " of the legis"),
    *(" of the package", " of the amendments", "also punish", "also covers", "also targets"),
    *("the max", "the min", "the top", "the upper"),
    *("day's law", "day's legis", "day's amend"),
)
"""A piece of every _ENACT verb, in `fold`ed text: its gate."""
