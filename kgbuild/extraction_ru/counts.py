"""Counts of convictions and cases: which figures in a sentence count people, verdicts or
cases, and the offences and period each one takes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.clauses import Clause, bare_answer, unique
from kgbuild.extraction_ru.comparisons import figure_after_period, governed_by_comparison
from kgbuild.extraction_ru.count_checks import (
    _CASES_OF_PEOPLE,
    _GIVEN_TERM,
    _HEARD,
    _KIND_OF_TERM,
    _MORE_CASES,
    _OF_THEM,
    _TRIED_PEOPLE,
    CASES_HEARD,
    PART_NEXT,
    _case_clause,
    _convicted_of_them,
    _convicts_in_clause,
    _defendants,
    _no_charge_of_its_own,
    _total_before_part,
    _unit_after_conjoined,
    _without_whole,
)
from kgbuild.extraction_ru.count_scope import (
    THEM_A_TERM,
    abroad,
    acquittals_only,
    kind_of_term,
    next_in_a_year_row,
    not_convicted,
    other_charge,
    part_number,
    prosecuted,
    rate_span,
    regional,
    subgroup,
)
from kgbuild.extraction_ru.grammar_references import BACK_AND_NAMED, SHARE, figures_in_a_row
from kgbuild.extraction_ru.morphology import normalise
from kgbuild.extraction_ru.numbers import QUALIFIER_WORDS, Number
from kgbuild.extraction_ru.pairing import RESPECTIVELY, drop_parts, each_year, pair_counts
from kgbuild.extraction_ru.unit_before import (
    UNIT_LEMMAS,
    cases_before_dash,
    ranking_of_cases,
    unit_after,
)

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence


def _count_kind(
    s: Sentence, number: Number, first_unit: str | None, clause: Clause, counted: bool
) -> tuple[bool, str | None]:
    """Whether ``number`` is a count, and its unit (``counted``: whether a count stands
    before it in the sentence)."""
    if number.is_year or number.value != int(number.value) or number.value <= 0:
        return False, None
    nxt = s.tokens[number.last + 1] if number.last + 1 < len(s.tokens) else None
    if _convicted_of_them(s, number):
        return True, "people"
    if part_number(s, number):
        return False, None  # «по ч. 1 ст. 205.2 — 210 человек, по ч. 2 — 175»
    if (
        number.first > 0
        and s.tokens[number.first - 1].text.lower().startswith("остальн")
        and not any(number.end <= o.start < clause.end for o in clause.offences)
    ):
        # «За госизмену осудили инженера, остальные три дела не освещались»: the rest of
        # a group, with no offence, conviction or case verb of its own (not «остальные
        # 22 — за сотрудничество ...», a part of a breakdown)
        own = [t.lemmas for t in s.tokens if clause.start <= t.start < clause.end]
        if all(w.isdisjoint(g.CONVICTION_WORDS) and w.isdisjoint(g.CASE_CUES) for w in own):
            return False, None
    if (
        nxt is not None
        and (not nxt.lemmas.isdisjoint(g.NOT_A_COUNT_AFTER) or nxt.text == "-")
        and not any(p.start == nxt.start for p in clause.periods)  # «30 годом ранее»
    ):
        return False, None
    unit = unit_after(s, number)
    if unit is not None:
        return True, unit
    token = s.tokens[number.first]
    if not token.lemmas.isdisjoint(g.COLLECTIVES):
        return True, "people"
    if nxt is not None and nxt.text.lower() == "соответственно":  # «58 и 6 соответственно»
        return True, first_unit
    before = [t for t in s.tokens[max(0, number.first - 5) : number.first]]
    before = [
        t
        for t in before
        if t.lemmas.isdisjoint(g.FILLERS)
        and (normalise(t.text) not in QUALIFIER_WORDS or not t.lemmas.isdisjoint(g.LINKING_VERBS))
        and not any(p.start <= t.start < p.end and p.how == "same" for p in clause.periods)
    ][-3:]  # «их вынесено не менее 230», «осуждены за то же время около 1 100»: the verb
    if (before and before[-1].text in {"—", "–"}) or bare_answer(
        s.text, s.context.answer, number.start
    ):
        return True, first_unit or cases_before_dash(s, number)  # «дел — 410 — возбуждено»
    if (
        before
        and before[-1].text == ":"
        and any(
            o.end <= before[-1].start and not s.text[o.end : before[-1].start].strip()
            for o in s.offences
        )
    ):
        return True, first_unit or cases_before_dash(s, number)  # «шпионаж: 6», as «— 6»
    if "из " in s.folded and (whole_unit := _after_whole(s, number)) is not None:
        # «Из 890 приговоров 702 вынесены по статье о госизмене»: a part of the whole
        return True, whole_unit
    if nxt is not None and nxt.text in {"—", "–"}:
        # not «, 37 — пожизненные» (a kind of term among the verdicts counted: no count)
        return (False, None) if _KIND_OF_TERM.match(s.text, number.end) else (True, first_unit)
    if before and not before[-1].lemmas.isdisjoint(g.LINKING_VERBS):
        # «приговоров было 12»: the noun before the verb
        noun = before[-2].lemmas if len(before) > 1 else frozenset()
        unit = next((u for w, u in g.UNIT_NOUNS.items() if w in noun), None)
        if unit is None and g.NUMBER_OF_CASES.pattern.search(s.text, s.start, number.start):
            unit = "cases"  # «число дел о диверсиях за 2024 год превысило 300»
        return True, unit or first_unit
    if (
        before
        and before[-1].is_("осудить", "приговорить", "возбудить", "завести", "получить")
        and (nxt is None or not nxt.text.isalpha())
    ):
        # «таких дел было возбуждено более 60»: the noun before the verb, if any
        nouns = frozenset().union(*(t.lemmas for t in before[:-1]))
        return True, next((u for w, u in g.UNIT_NOUNS.items() if w in nouns), first_unit)
    if (
        before
        and before[-1].text.lower() in {"с", "со", "до"}
        and not s.lemma_set.isdisjoint(g.CHANGE_VERBS)
    ):
        # «Количество дел о госизмене ... выросло до 1 030»: the cases named before
        cases = g.NUMBER_OF_CASES.pattern.search(s.text, s.start, number.start) is not None
        return True, first_unit or ("cases" if cases else None)
    if nxt is not None and nxt.text == "и" and number.last + 2 < len(s.tokens):
        return True, None
    if (
        counted
        and number.first >= 2
        and s.tokens[number.first - 1].text == "и"
        and s.tokens[number.first - 2].text.isdigit()
    ):
        return True, first_unit  # «эти цифры составляли 14 и 3»: the second of a pair
    if (
        counted
        and before
        and before[-1].text.lower() in {"и", ","}
        and nxt is not None
        and nxt.text.lower() in {"за", "по"}
    ):
        return True, first_unit  # «12 человек — 9 за госизмену и 3 за шпионаж»
    if counted and (next_in_a_year_row(s, number) or figure_after_period(s.text, clause, number)):
        return True, first_unit  # «655 в 2025-м и 1 104 в 2026-м», «..., а в 2026-м уже 52»
    if counted and governed_by_comparison(s.text, clause.start, clause.end, number, clause.periods):
        return True, first_unit  # «72 человека против 31 в 2022-м»
    return False, None


_BETWEEN_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _after_whole(s: Sentence, number: Number) -> str | None:
    """The unit of a whole that ``number`` follows as its part, with nothing but words and
    a year between («Из 890 приговоров 702 ...», «Из 310 приговоров по «шпионским» делам
    за 2025 год 57 ...»), else None."""
    for k in range(number.first - 3, max(-1, number.first - 14), -1):
        token = s.tokens[k]
        if token.text in _BETWEEN_STOPS:
            return None
        if token.text.lower() != "из":
            continue
        figure, noun = s.tokens[k + 1], s.tokens[k + 2]
        between = s.tokens[k + 3 : number.first]
        if (
            not figure.text[:1].isdigit()
            or noun.lemmas.isdisjoint(UNIT_LEMMAS)
            or any(t.text[:1].isdigit() and not _YEAR.fullmatch(t.text) for t in between)
        ):
            return None
        return next(u for w, u in g.UNIT_NOUNS.items() if w in noun.lemmas)
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def extract_counts(s: Sentence) -> None:
    words = s.lemma_set
    # each test only where the ones before it failed (the later ones scan the text)
    own_conviction = (
        (not words.isdisjoint(g.CONVICTION_WORDS) and not acquittals_only(s))
        or (
            not words.isdisjoint(g.RECEIVED_TERM[0])
            and not words.isdisjoint(g.RECEIVED_TERM[1])
            and not g.TERM_OF_SOME.search(s.quote)
        )
        or g.CONVICTION_PHRASES.search(s.quote, s.folded) is not None
    )
    has_conviction = (
        own_conviction
        # «Годом ранее их было 8.»: a sentence that points back to counted convictions
        or ((s.context.counted or s.context.convictions) and s.anaphoric)
    )
    direct = has_conviction and not ((s.context.counted or s.context.convictions) and s.anaphoric)
    ranking = ranking_of_cases(s)  # «... дел по «армейским» статьям. Больше всего — ...»
    # «В 2023 году таких дел было 76.»: a sentence that points back to counted cases
    has_case = (
        not words.isdisjoint(g.CASE_CUES)
        or (s.context.cases and (s.anaphoric or _MORE_CASES.match(s.quote) is not None))
        or g.NUMBER_OF_CASES.search(s.quote, s.folded) is not None
        or ranking
        or (
            "рассмотрел" in s.folded
            and "оправдательн" not in s.folded  # (the cases heard stay out: tests/..._comparisons)
            and CASES_HEARD.search(s.quote) is not None
            and not PART_NEXT.match(s.text, s.end)
        )
        or (
            not words.isdisjoint(g.SENT_LEMMAS)
            and g.SENT_TO_COURT.search(s.quote, s.folded) is not None
        )
    )
    if not (has_conviction or has_case):
        return
    rate = rate_span(s)
    if rate is not None and rate[0] <= s.start and rate[1] >= s.end:
        return
    if not s.offences and (share := SHARE.search(s.quote, s.folded)) is not None:
        # «Больше всего — 300 — пришлось на Москву»: a share of the same offence; not a
        # share of a period («2 640 — пришлось на прошлый год»)
        at = s.start + share.end()
        if not any(at <= p.start <= at + 2 for p in s.periods):
            return
    found: list[tuple[int, Number, str | None]] = []
    first_unit: str | None = None
    for index, clause in enumerate(s.clauses):
        for number in clause.numbers:
            if rate is not None and rate[0] <= number.start < rate[1]:
                continue  # «— в среднем больше 15 в неделю»: the figures of a rate
            ok, unit = _count_kind(s, number, first_unit, clause, bool(found))
            if not ok or any(
                t.numeral_at == number.start or (t.start <= number.start < t.end and not t.group)
                for t in s.imposed
            ):  # a numeral counting the people given a term, or the term itself
                continue
            if ("— к " in s.quote or "– к " in s.quote) and _GIVEN_TERM.match(s.text, number.end):
                continue  # «12 человек приговорили к 10 годам, еще 5 — к восьми»: a part
            if kind_of_term(s, clause):
                continue  # «причем 312 человек получили реальные сроки»: a part
            if "приговорил" in s.folded and g.TO_ONE_TERM.pattern.search(
                s.text, clause.start, number.start
            ):
                continue  # «к пожизненному лишению свободы приговорили 23 человека»
            if (" им " in s.folded or " их " in s.folded) and THEM_A_TERM.search(
                s.text, number.end, s.end
            ):
                continue  # «вынес приговор восьми фигурантам ..., назначив им пожизненное»
            if not direct and prosecuted(s, number):
                continue  # «В базе сейчас более 800 фигурантов таких дел»
            if unit is None:
                later = [u for _, n, u in found if n.start > number.start]
                unit = _unit_after_conjoined(s, number) or (later[0] if later else None)
            first_unit = first_unit or unit
            found.append((index, number, unit))
    if any(_convicted_of_them(s, n) for _, n, _ in found):
        # «рассмотрели дела в отношении 140 человек и осудили 131 из них»: 140 were tried
        # (not the part itself: «приговоры вынесены в отношении 350 из них»)
        found = [
            f
            for f in found
            if _OF_THEM.match(s.text, f[1].end)
            or (
                not _TRIED_PEOPLE.search(s.text, s.start, f[1].start)
                and not _HEARD.search(s.text, s.start, f[1].start)
            )
        ]
    if len(found) > 1:
        found = _without_whole(s, found)
    # «суды рассмотрели дела 18 человек ...; осуждены 16»: the people tried are no count
    found = [
        f
        for f in found
        if "рассмотрел" not in s.folded
        or not _CASES_OF_PEOPLE.search(s.text, max(s.start, f[1].start - 110), f[1].start)
    ]
    # (asked only where a part may follow a total: the reference scan is a costly one)
    total_named_before = len(found) > 1 and bool(s.context.offences) and s.anaphoric
    found = drop_parts(
        s.text,
        s.start,
        found,
        s.offences,
        total_named_before=total_named_before,
        periods=s.periods,
    )
    if not found:
        return
    pairing = pair_counts(
        s.text,
        s.end,
        found,
        s.offences,
        s.periods,
        [c.offences for c in s.clauses],
    )
    listed = s.context.listed if len(s.context.listed) == len(found) > 1 else ()
    if s.offences or not (  # «было 790, 96 и 203» after three counts: one by one
        g.FIGURES_BACK.search(s.quote) or figures_in_a_row(s.text, [n for _, n, _ in found])
    ):
        listed = ()
    before = s.context.offences
    if not s.offences and len(before) == len(found) > 1 and RESPECTIVELY.search(s.quote):
        # «По этим статьям осуждены 131 и 12 человек соответственно»: the offences the
        # sentence before named, in their order
        listed = before
    for position, (index, number, unit) in enumerate(found):
        offences = (
            (listed[position],) if listed else pairing.offences[position] or s._offences_for(index)
        )
        if "из " in s.folded and _after_whole(s, number) is not None:
            # «Из 280 приговоров по делам о X и Y за 2024 год 41 вынесен по статье о Y»
            own_after = [o.slug for o in s.clauses[index].offences if o.start >= number.end]
            offences = unique(own_after) if own_after else offences
        if total_named_before and _total_before_part(s, found, position):
            offences = s.context.offences  # the total of the offence named before
        if len(found) == 1 and offences and (m := BACK_AND_NAMED.search(s.quote, s.folded)):
            # «дела о госизмене ...: по этой статье и по статье о шпионаже вместе осудили
            # 28»: the offence named before (in the sentence, else the one before) and this
            at = s.start + m.start()
            back = [o.slug for o in s.offences if o.end <= at and o.slug not in offences]
            back = back or [o for o in s.context.offences if o not in offences]
            offences = unique([*back[-1:], *offences])
        if (
            not offences
            and own_conviction
            and (s.context.cases or (s.context.previous and _defendants(s, number)))
            and not s.offences
            and _no_charge_of_its_own(s)
            and _convicts_in_clause(s, index)
        ):
            # «... возбуждено 40 дел. Приговоры уже вынесены 29 фигурантам»: the people
            # sentenced in the cases just counted (or the defendants of the cases the
            # sentence before spoke of: «рассмотрели 640 дел о госизмене. Приговоры вынесены
            # 631 подсудимому»), of their offence
            offences = s.context.offences
        if not offences or not_convicted(s, index) or other_charge(s, number):
            continue
        if subgroup(s, index, number):
            continue  # «Женщин среди осужденных ... было 62»: a group, not convictions
        if regional(s, index, number) or abroad(s, index, number):
            continue  # «В Крыму таких приговоров было 48»: a region's, not the country's
        period = pairing.periods[position] or s._period_for(index, number)
        if period is None and g.ONE_CASE.search(s.quote, s.folded):
            continue
        if unit is None and not has_conviction and ((s.context.cases and s.anaphoric) or ranking):
            unit = "cases"  # «Годом ранее — 64.» after a count of cases: cases again
        is_case = (
            unit == "cases"
            and has_case
            and (
                not has_conviction
                or _case_clause(s, index)
                # «... стало известно о 82 делах, возбуждённых ...» after a verdict: the
                # sentence's own case verb, and convictions only from the one before
                or (not own_conviction and not words.isdisjoint(g.CASE_CUES))
            )
        )
        if not (has_conviction or is_case):
            continue
        for each in each_year(s.text, number, period, s.periods):
            s._claim(
                "case_count" if is_case else "conviction_count",
                "ru.case" if is_case else "ru.count",
                offences,
                count=int(number.value),
                qualifier=number.qualifier,
                unit=unit or "people",
                period_start=None if each is None or each.first is None
                else each.first.isoformat(),
                period_end=None if each is None or each.last is None
                else each.last.isoformat(),
            )  # fmt: skip
