"""Aggravating circumstances told with an offence ("desertion during mobilisation",
"sabotage that results in death"): the range after them is an aggravated part's, left out
(used by penalties.py)."""

from __future__ import annotations

import re

from kgbuild.fastre import compile_narrowed

_AGGRAVATING = compile_narrowed(
    r"\b(?:during\s+(?:(?:a\s+)?(?:general\s+|partial\s+)?mobili[sz]ation|martial\s+law|wartime|"
    r"(?:a\s+)?war|(?:an?\s+)?armed\s+conflict|combat)|in\s+(?:wartime|time\s+of\s+war|combat)|"
    r"by\s+(?:an?\s+)?(?:organi[sz]ed\s+)?group|as\s+part\s+of\s+(?:an?\s+)?(?:organi[sz]ed\s+)?"
    r"group|for\s+(?:profit|gain|mercenary\s+motives|hire)|out\s+of\s+(?:greed|self-interest)|"
    r"(?:by\s+)?(?:abusing|misusing|using)\s+(?:an?\s+|his\s+|her\s+|their\s+)?official\s+"
    r"(?:position|powers)|with\s+(?:the\s+use\s+of\s+)?(?:an?\s+)?(?:service\s+)?(?:weapons?|"
    r"firearms?|violence|explosives)|with\s+(?:grave|serious|severe)\s+consequences|"
    r"(?:that|which)\s+(?:results?|resulted|leads?|led|causes?|caused)\s+(?:in|to)?\s*"
    r"(?:a\s+|the\s+)?(?:death|deaths|grave|serious|severe)|(?:resulting|leading)\s+(?:in|to)\s+"
    r"(?:a\s+|the\s+)?(?:death|deaths|grave|serious|severe)|causing\s+(?:a\s+|the\s+)?(?:death|"
    r"deaths|grave|serious)|with\s+aggravating\s+circumstances|"
    # "a terrorist attack that kills people", "sabotage that killed someone"
    r"(?:that|which)\s+(?:kills?|killed|claims?\s+lives)\b|"
    # "justifying terrorism online carries five to seven years" (Art. 205.2 part 2)
    r"online|(?:on|via|over|using)\s+the\s+internet|(?:in|through|via|using)\s+the\s+(?:mass\s+)?media)\b",
    re.IGNORECASE,
)
"""An aggravating circumstance told with the offence: "desertion during mobilisation",
"spreading fakes for profit or by abusing an official position", "sabotage that results in
death" (the range after it is an aggravated part's, left out)."""
_SUBJECT_BREAK = compile_narrowed(r"[;.]|\b(?:while|whereas|but)\b", re.IGNORECASE)


def aggravated_subject(text: str, spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the offence a range at ``start`` is told of (the last of ``spans`` before
    it, in its clause) comes with an aggravating circumstance: "Desertion during
    mobilisation carries five to 15 years" is no range of desertion's basic part."""
    before = [s for s in spans if s[1] <= start]
    if not before:
        return False
    stretch = text[before[-1][0] : start]
    return not _SUBJECT_BREAK.search(stretch) and _AGGRAVATING.search(stretch) is not None
