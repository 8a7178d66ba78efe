"""Imposed sentences: who was sentenced to what term, by which court.

«Суд приговорил 27-летнего жителя Таганрога к 16 годам колонии», «Жителя Курска
приговорили к 15 годам», «приговорил к 16 годам заключения бывшего сотрудника завода»,
«Житель Омска приговорён к пожизненному лишению свободы», «пенсионеру дали 14 лет», «суд
признал его виновным в госизмене и назначил 13 лет»; without a verb «Приговор инженеру —
15 лет колонии», «Пожизненное — 45-летнему жителю Брянска за теракт»; two people, two terms
«двое ... приговорены к 12 и 10 годам»; the unit left to the sentence «Сергею дали шесть». A
term without a person («суд назначил 12 лет») and a requested one («прокурор запросил 19
лет») are left out. A group («Троих осуждённых приговорили к пожизненному», «12 человек
приговорили к 10 годам») is found but marked, so that neither an individual sentence nor a
count of convictions is read from it: it is the part of a count that got one term.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kgbuild.extraction_ru.individual_patterns import (
    ALSO,
    AT_HEAD,
    GATES,
    HEAD_ONLY,
    PATTERNS,
)
from kgbuild.extraction_ru.morphology import fold, gate_open
from kgbuild.extraction_ru.names import nominative_name

_COURT = re.compile(r"(?:[А-ЯЁ][а-яё-]*\s+)?(?:[а-яё-]+\s+){0,3}[Сс]уд\b|\b[А-ЯЁ][а-яё]*суд\b")
_LEAD = re.compile(
    r"^(?:(?:в|во|на|по)\s+[А-ЯЁа-яё-]+(?:\s+|$)|[0-3]?\d\s+[а-яё]+\s+\d{4}\s+года\s+|ранее\s+|"
    r"также\s+|кроме\s+того\s+)+",
    re.IGNORECASE,
)
_NOT_A_PERSON = re.compile(
    r"\b(?:суд|прокурор|следстви|обвинени|обвинит|гособвин|защит)", re.IGNORECASE
)


@dataclass(frozen=True)
class ImposedTerm:
    """A term imposed on a person at ``start:end`` (document offsets)."""

    start: int
    end: int
    rule: str
    person: str
    years: float | None
    life: bool
    court: str | None
    numeral_at: int = -1
    """Where a numeral counting the people stands («Троих», «трое», «одного»), else -1."""
    group: bool = False
    """Whether that numeral counts more than one person."""


_CO_DEFENDANT = re.compile(
    r"(?:втор|трет|четв[её]рт|ещ[её]\s+од|друг|последн)[а-яё]*\s+"
    r"(?:фигурант|подсудим|обвиняем|участник)[а-яё]*(?:\s+(?:дела|процесса))?",
    re.IGNORECASE,
)
"""A co-defendant, the subject of the words before the term («Третий фигурант дела»)."""
_TWO = re.compile(r"\b(?:двое|двоих|оба|обоих|обе|обеих)\b[^,.;:]{0,60}", re.IGNORECASE)
"""The two people a pair of terms is given to («двое жителей Подмосковья»)."""
_UNIT = re.compile(r"\b(?:лет|год[а-яё]*)\b", re.IGNORECASE)
_PLURAL = re.compile(
    r"\b(?:осужд[её]нные|подсудимые|обвиняемые|фигуранты|они|все|многие|некоторые)\b",
    re.IGNORECASE,
)
"""Many people as the subject («осужденные получили пожизненный срок»): no one's term."""

_FILLER = frozenset({"ещё", "еще", "также", "всего"})
STORY_TERMS = frozenset({"sentence.after-request", "sentence.court-assigned", "sentence.final"})
"""Terms whose person is left out, the defendant of the story told before («Прокурор
просил девять лет, суд назначил семь», «Суд назначил три с половиной года колонии»,
«Окончательное наказание — 17 лет»)."""
TOLD_AFTER_A_CASE = frozenset({"sentence.court-assigned", "sentence.final"})
"""Story terms read only after a sentence that told of a case and gave no count."""


def _numeral(
    text: str, person: str, start: int, value: Callable[[str], float | None]
) -> tuple[int, bool]:
    """The offset of a numeral that counts ``person``, first or last word («Двоих
    осуждённых», «ещё четверо», «Из 72 осуждённых ... трое», «ещё одного фигуранта»), or -1;
    and whether it counts more than one."""
    at = text.find(person, start)
    if at < 0:
        return -1, False
    words = [(w.start(), w.group()) for w in re.finditer(r"[\w-]+", person)]
    words = [(i, w) for i, w in words if w.lower() not in _FILLER]
    for offset, word in words[:1] + words[-1:]:
        number = value(word)
        if number is not None and number >= 1:
            return at + offset, number > 1
    return -1, False


_RELATIVE = re.compile(
    r",\s*(?:котор|чей|чья|чь[её]|чьи)[^,;]*,?\s*$|,\s*(?:котор|чей|чья|чь[её]|чьи)[^,;]*,"
    r"|,\s*[а-яё]+(?:вш|ющ|ящ|ущ|ащ)(?:ий|ая|ие|ийся|аяся|иеся)\s[^,;]*,",
    re.IGNORECASE,
)
"""A relative clause or a participle's after the person («, которому 27 лет,», «, служивший
по контракту,»)."""
_MANY_OBJECT = re.compile(r"(?:\d+-)?[а-яё]+(?:ей|ов|ев|их|ых)\b", re.IGNORECASE)
"""People in the accusative plural before «осудили на» («Жителей Омска», «Бывших военных»)."""
_SUSPENDED = re.compile(
    r"(?:\s+(?:лишения\s+свободы|колонии|заключения))?\s*,?\s*условн", re.IGNORECASE
)
"""«два года условно», «три года лишения свободы условно»: a suspended term."""
_FOUND_GUILTY = re.compile(
    r"\s+(?:был[аи]?\s+)?признан[аы]?\s+виновн.*$", re.IGNORECASE | re.DOTALL
)
"""«Житель Самары признан виновным в госизмене и приговорен к 16 годам»: the words before
the finding name the person."""

_APPOSITION = re.compile(
    r"^\s*([^,;:]{3,50}),\s*(?:\d+-летн|[а-яё]+-летн)[^,;:]{0,50},\s*$", re.IGNORECASE
)
"""A person followed by an age in apposition («Старший из них, 27-летний Магомед Д.,»)."""

_ELIDED = re.compile(
    r"[^.;:]{0,60}?,\s*(?:а\s+)?(?P<obj>[^,;:—–]{3,60}?)"
    r"(?:,\s*(?:котор|чей|чья|чь[её])[^,;:—–]{0,70},)?\s*[—–]\s*"
    r"(?:к\s+)?(?P<n>\d+(?:,\d+)?|[а-яё]+)(?:\s+(?:годам|года|лет)\b|(?=\s*[.;]))"
)
"""A second person with the verb left out after a term («..., его 22-летний товарищ — 12
лет»), a relative clause between («а самому младшему, которому было 17, — четыре года»); one
after another («..., третьему — семь лет, а четвертому — пять»)."""

_YEARS_TOLD = re.compile(r"\s+(?:годам|года|лет)\b")
"""The unit after an elided term's figure: after a life term the years must be told."""

_NO_PERSON = re.compile(
    r"\b\d+\b(?!-)|\bлет\b|\b(?:хотя|тогда|но|однако|срок|максим|минимал|средн|медиан|"
    r"наказани|санкци|штраф|год|месяц|стать|закон|практик|норм)",
    re.IGNORECASE,
)
"""What the words before an elided term name when they are no person («хотя максимальный
срок по статье — 20 лет», «средний срок по таким делам — 13 лет»)."""

_OBJECT_CASE = {
    "sentence.active": "accs", "sentence.found_guilty": "accs", "sentence.sent": "accs",
    "sentence.assigned": "datv", "sentence.assigned-after": "datv",
    "sentence.verdict-dash": "datv", "sentence.term-dash": "datv", "sentence.pair": "accs",
    "sentence.dative-first": "datv",
}  # fmt: skip
"""The case of the person each verb takes as its object («приговорил Ивана Петрова»,
«назначил Петру Волкову»): a name in it is given in the nominative (:mod:`.names`)."""

_MANY = re.compile(
    r"\b(?:[а-яё]+(?:ам|ям)|осужд[её]нным|подсудимым|обвиняемым|фигурантам)\b|\bсредн"
    r"|\b(?:срок[а-яё]*|от|до|свыше|более|менее|около)\b",
    re.IGNORECASE,
)
"""The people a term is given to, when many («назначил жителям», «осуждённым ... в среднем»),
or no person at all («назначили сроки от пяти до семи лет», «сроки свыше 15 лет»)."""

_TAIL = re.compile(r"\s+(?:по|за)\s.*$", re.IGNORECASE | re.DOTALL)
"""«... Андрея Смирнова по делу о госизмене»: the charge, not the person."""


_PERSON_AFTER_CHARGE = re.compile(
    r"\s*за\s+(?:[а-яё«»-]+\s+){1,5}?(?P<p>(?:\d{2}-летн|гражданин|гражданк|жител|уроженц|"
    r"американц|бывш|военнослужащ|сотрудник|студент|инженер|пенсионер|предпринимател)"
    r"[^,.;:()]*)$",
    re.IGNORECASE,
)
"""«приговорил к 16 годам колонии строгого режима за шпионаж гражданина Эстонии»: the person
after the charge (a noun of a person heading it)."""


def _clean(person: str, *, tail: bool = True) -> str:
    person = person.strip(" ,—–-")
    if tail:
        person = _TAIL.sub("", person)
    return _LEAD.sub("", person).strip(" ,—–-")


def find_imposed_terms(
    text: str,
    start: int,
    end: int,
    *,
    value: Callable[[str], float | None],
    folded: str | None = None,
) -> list[ImposedTerm]:
    """Imposed terms in ``text[start:end]``; ``value`` reads a number («шестнадцати»);
    ``folded``: the stretch as :func:`.morphology.fold` gives it, if known."""
    found: list[ImposedTerm] = []
    if folded is None:
        folded = fold(text[start:end])
    for rule, pattern, _ in PATTERNS:
        also = ALSO.get(rule)
        if (also is not None and not gate_open(also, folded)) or (
            rule not in AT_HEAD and not gate_open(GATES[rule], folded)
        ):
            continue
        begin = start
        if rule == "sentence.given-bare":
            # «...до 15 лет; Сергею дали шесть»: the years just spoken of, the figure last
            if not _UNIT.search(text, max(0, start - 120), end):
                continue
            begin = max(start, end - 40)
        matches: Iterable[re.Match[str]]
        if rule in HEAD_ONLY:
            # the person heads the sentence: one match tried at its first word, not a scan
            stretch = text[start:end]
            head = pattern.match(text, start + len(stretch) - len(stretch.lstrip()), end)
            matches = () if head is None else (head,)
        else:
            matches = pattern.finditer(text, begin, end)
        for m in matches:
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            if _SUSPENDED.match(text, m.end(), min(end, m.end() + 40)):
                continue  # «получила два года условно»: a suspended term is not served
            life = bool(m.groupdict().get("life"))
            years: float | None = None
            if not life:
                years = value(m.group("n"))
                if years is None or not 0 < years <= 40:
                    continue
                if m.groupdict().get("half"):
                    years += 0.5  # «шесть с половиной лет»
                if m.groupdict().get("mo"):
                    months = value(m.group("mo"))
                    if months is None:
                        continue
                    years = round(years + months / 12, 2)
            if rule == "sentence.each":
                # a group's term: never an individual sentence, an anchor for the next ones
                found.append(
                    ImposedTerm(m.start(), m.end(), rule, "", years, False, None, -1, True)
                )
                continue
            if rule in STORY_TERMS:  # the defendant the story is about
                found.append(ImposedTerm(m.start(), m.end(), rule, "подсудимый", years, life, None))
                continue
            clause_start = max(
                start, *(text.rfind(p, start, m.start()) + 1 for p in (",", ";", ":", "—"))
            )
            before = text[clause_start : m.start()]
            groups = m.groupdict()
            court_match = (
                _COURT.search(before) if rule in {"sentence.active", "sentence.sent"} else None
            )
            if court_match is not None:
                before = before[: court_match.start()] + before[court_match.end() :]
            after = groups.get("after") or ""
            obj = (
                groups.get("obj") or groups.get("obj2") or groups.get("obj3") or groups.get("obj4")
            ) or ""
            person = _clean(obj)
            object_named = bool(person)
            person = person or _clean(before, tail=False)
            if not person and not re.match(r"\s*(?:по|за|в|на)\s", after, re.IGNORECASE):
                person, object_named = _clean(after), True
            if not person and (late := _PERSON_AFTER_CHARGE.match(after)) is not None:
                person, object_named = _clean(late.group("p")), True  # «за шпионаж жителя»
            if rule == "sentence.passive":
                person = _FOUND_GUILTY.sub("", person)
            if not person and (
                rule == "sentence.given"
                or (rule == "sentence.passive" and not re.search(r"[её]ны\b", m.group(0)))
            ):
                # (not «Жители области, которых задержали, приговорены к 12 годам»: many)
                # «Житель Херсона, которому 27 лет, получил 13 лет»
                lead = _RELATIVE.sub("", text[start : m.start()])
                # «Еще один приговор по ... статье: 19-летнему студенту, который ..., дали»
                lead = lead[max(lead.rfind(":"), lead.rfind(" — "), lead.rfind(" – ")) + 1 :]
                if "," not in lead and ";" not in lead:
                    person = _clean(lead, tail=False)
                elif apposition := _APPOSITION.match(lead):
                    # «Ее подзащитному, 41-летнему инженеру, дали 18 лет»
                    person = _clean(apposition.group(1), tail=False)
            if (
                rule == "sentence.passive"
                and "осудил" in m.group(0).lower()
                and (_MANY_OBJECT.match(person) or re.search(r"\d(?!\d*-)", person))
            ):
                continue  # «Жителей Омска ... осудили на 10 лет», «40 человек осудили на»
            if rule == "sentence.pair" and not person:
                # «двое жителей Подмосковья, поджигавших ..., приговорены к 12 и 10 годам»
                two = _TWO.search(text, start, m.start())
                person = two.group(0).strip(" ,") if two else ""
            if co_defendant := _CO_DEFENDANT.match(person):
                person = co_defendant.group(0)  # «Третий фигурант дела заключил сделку и»
            numeral = _numeral(
                text, person, start if rule == "sentence.pair" else clause_start, value
            )
            if len(person.split()) > 8 and not obj:
                # «Ещё одного фигуранта того же дела за разглашение гостайны приговорили»
                person = _clean(before)
            if not person or _NOT_A_PERSON.search(person) or len(person.split()) > 8:
                continue
            if _PLURAL.search(person):
                continue  # «В 31 случае осужденные получили пожизненный срок»
            if rule in {"sentence.assigned", "sentence.assigned-after"} and _MANY.search(person):
                continue
            if object_named and rule in _OBJECT_CASE:
                person = nominative_name(person, _OBJECT_CASE[rule])  # «Ивана Петрова»
            court = None if court_match is None else court_match.group(0).strip()
            if rule == "sentence.pair":
                # «двое ... приговорены к 12 и 10 годам»: one term each, no group
                second = value(m.group("n2"))
                two_named = re.search(r"[А-ЯЁ][а-яё]+\s+и\s+[А-ЯЁ]", person) is not None
                if second is None or not 0 < second <= 40 or (numeral[0] < 0 and not two_named):
                    continue
                for n in (years, second):
                    found.append(
                        ImposedTerm(m.start(), m.end(), rule, person, n, False, court, numeral[0])
                    )
                continue
            found.append(
                ImposedTerm(m.start(), m.end(), rule, person, years, life, court, *numeral)
            )
    found += _elided_terms(text, end, found, value)
    return sorted(found, key=lambda f: f.start)


def _elided_terms(
    text: str, end: int, found: list[ImposedTerm], value: Callable[[str], float | None]
) -> list[ImposedTerm]:
    """The terms of a second person after an imposed term, the verb left out."""
    more: list[ImposedTerm] = []
    queue = list(found)
    while queue:
        term = queue.pop(0)
        # (a group's term anchors too: «двоих ... к 10 годам, а третьего — к 8»)
        m = _ELIDED.match(text, term.end, end)
        if m is None or _NOT_A_PERSON.search(m.group("obj")) or _NO_PERSON.search(m.group("obj")):
            continue
        if term.life and not _YEARS_TOLD.search(m.group(0), m.start("n") - m.start()):
            continue  # «получил пожизненный срок, его сообщник — 19 лет»: years told, not left

        years = value(m.group("n"))
        if years is None or not 0 < years <= 40:
            continue
        numeral, group = _numeral(text, m.group("obj"), m.start("obj"), value)
        if group:
            continue
        elided = ImposedTerm(
            m.start("obj"), m.end(), term.rule, m.group("obj").strip(), years, False,
            term.court, numeral, group,
        )  # fmt: skip
        more.append(elided)
        queue.append(elided)  # «..., третьему — семь лет, а четвертому — пять»
    return more
