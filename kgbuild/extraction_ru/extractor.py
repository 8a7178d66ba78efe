"""The Russian extractor: sentences -> counts, penalties and enactments with exact quotes.

Each sentence is cut into clauses at commas, semicolons and colons. A figure takes the
offences and period of its own clause; a clause that names none borrows them from the
clause before («В 2012 году за госизмену осудили шестерых, а в 2013-м — троих»), and a
sentence that points back («таких приговоров», «по ним», «закон вступил в силу») from the
sentence before.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from functools import cached_property

from kgbuild.claims import Claim, ClaimKind
from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru import grammar_references as refs
from kgbuild.extraction_ru.added_articles import added_articles
from kgbuild.extraction_ru.answers import after_question
from kgbuild.extraction_ru.articles import ARTICLE_GATE, article_spans
from kgbuild.extraction_ru.clauses import CONTRAST, Clause, Context, split_clauses, unique
from kgbuild.extraction_ru.comparisons import (
    governed_baseline,
    then_continued,
    when_clause_period,
)
from kgbuild.extraction_ru.counts import extract_counts
from kgbuild.extraction_ru.dates import find_dates
from kgbuild.extraction_ru.enactments import find_enactments, find_unnamed_enactment
from kgbuild.extraction_ru.individual import (
    STORY_TERMS,
    TOLD_AFTER_A_CASE,
    ImposedTerm,
    find_imposed_terms,
)
from kgbuild.extraction_ru.individual_patterns import GATES
from kgbuild.extraction_ru.law_content import law_content
from kgbuild.extraction_ru.lead_figure import lead_figure_count
from kgbuild.extraction_ru.morphology import (
    fold,
    gate_open,
    tokenize,
)
from kgbuild.extraction_ru.names import named_for_pronoun
from kgbuild.extraction_ru.numbers import (
    ONE_AND_A_HALF,
    Number,
    find_numbers,
    read_number,
)
from kgbuild.extraction_ru.offences import RuLexicon
from kgbuild.extraction_ru.penalties import NEXT_PART, find_penalty_ranges
from kgbuild.extraction_ru.period_context import outside_asides, since_then, source_tail_period
from kgbuild.extraction_ru.periods import Period, find_periods, period_for_span_back
from kgbuild.extraction_ru.sentence_context import leave_context
from kgbuild.extraction_ru.story import note_case

_LEMMAS = operator.attrgetter("lemmas")
_ASIDE = re.compile(r"\([^()]*\)")
_MORE = re.compile(r"^\s*(?:кроме\s+того,?\s+)?(?:ещё|еще)\s", re.IGNORECASE)
"""«Ещё 37 человек осуждены за ...»: one more figure of the period the passage reports on."""

_CUES = (g.claim_cues()[0], (*g.claim_cues()[1], *(w for gate in GATES.values() for w in gate)))
"""What a sentence needs for any rule to fire (:func:`.grammar.claim_cues`, imposed terms)."""


_COUNT_KINDS = frozenset({"conviction_count", "case_count"})


@dataclass
class Sentence:
    """One sentence's tokens, figures, offences and periods, and the claims read from it."""

    text: str
    start: int
    end: int
    document: str
    lexicon: RuLexicon
    context: Context
    known: frozenset[str]
    claims: list[Claim] = field(default_factory=list)
    _pending: tuple[str, str] | None = None
    """The enactment the sentence before left without an offence (:attr:`Context.pending`)."""

    def __post_init__(self) -> None:
        self.tokens = tokenize(self.text, self.start, self.end, known=self.known)
        self.lemma_set: frozenset[str] = frozenset().union(*map(_LEMMAS, self.tokens))
        self.quote = self.text[self.start : self.end]
        self.folded = fold(self.quote)
        # «ст.», «статья»: where article numbers stand (offences, and no count from them)
        article_lists = (
            article_spans(self.text, self.start, self.end)
            if gate_open(ARTICLE_GATE, self.folded)
            else []
        )
        self.offences = self.lexicon.find(
            self.text,
            self.tokens,
            self.folded,
            lemmas=self.lemma_set,
            article_lists=article_lists,
        )
        self.periods = [
            p
            for p in find_periods(
                self.text,
                self.start,
                self.end,
                published=self.context.published,
                previous=self.context.period,
                folded=self.folded,
                earlier=[*self.context.recent, *self.context.compared],
            )
        ]
        self.cued = self._cued()
        if not self.cued:  # no rule can fire: the sentence only sets the context
            self.numbers, self.dates, self.clauses = [], [], []
            self.article_lists = []
            return
        self.article_lists = article_lists
        blocked = list(self.article_lists)
        blocked += [(p.start, p.end) for p in self.periods]
        self.dates = find_dates(
            self.text,
            self.start,
            self.end,
            self.periods,
            year=self.context.year,
            folded=self.folded,
            published=self.context.published,
        )
        blocked += [(d.start, d.end) for d in self.dates]
        self.numbers = [
            n
            for n in find_numbers(self.tokens, self.text, lemmas=self.lemma_set)
            if not any(a <= n.start < b for a, b in blocked)
        ]
        self.clauses = self._clauses()

    @cached_property
    def anaphoric(self) -> bool:
        """Whether the sentence points back («по этой статье», «их было»); asked only
        where an answer is needed, as the pattern is one of the costlier scans."""
        if refs.ANAPHORA.found(self.quote, self.folded):
            return True
        if self.offences and refs.ELIDED_ITEM.match(self.quote):
            return True  # «🔹 6 — по делам о шпионаже;»
        if not self.offences and refs.item_line(self.quote, self.context.heading):
            return True  # «— 790 приговоров» under «Госизмена в цифрах за 2025 год:»
        if self.offences and refs.elided_lead_item(self.quote, self.start, self.offences):
            return True  # «🔸 госизмена — 61»
        return refs.elided_after_period(self.quote, self.start, self.periods)

    @cached_property
    def imposed(self) -> list[ImposedTerm]:
        """Imposed terms; a group's («Троих ... приговорили к пожизненному») is no count."""
        return find_imposed_terms(
            self.text, self.start, self.end, value=read_number, folded=self.folded
        )

    def _cued(self) -> bool:
        """Whether any rule could give a claim here (see :func:`.grammar.claim_cues`); a
        sentence that points back to counted convictions («их было 8») counts too."""
        lemmas, words = _CUES
        return (
            not self.lemma_set.isdisjoint(lemmas)
            or gate_open(words, self.folded)
            or (
                (self.context.counted or self.context.convictions or self.context.cases)
                and gate_open(refs.ANAPHORA.gate, self.folded)
            )
            or (
                self.context.penalised
                and (g.CONDITION_HEAD.match(self.quote) or NEXT_PART.match(self.quote)) is not None
            )  # «Если ...», «Вторая — ...» after a range
            or (self.context.cases and _MORE.match(self.quote) is not None)  # «Ещё 38 дел ...»
            or (
                # «• шпионаж: 6» after «• госизмена: 49 приговоров»: a list's item
                (self.context.counted or self.context.convictions or self.context.cases)
                and (":" in self.quote or "—" in self.quote)
                and bool(self.offences)
                and refs.elided_lead_item(self.quote, self.start, self.offences)
            )
        )

    def _clauses(self) -> list[Clause]:
        return split_clauses(
            self.text,
            self.start,
            self.end,
            offences=self.offences,
            article_lists=self.article_lists,
            periods=self.periods,
            numbers=self.numbers,
        )

    def _claim(
        self, kind: ClaimKind, rule: str, offences: tuple[str, ...], **fields: object
    ) -> None:
        if len(offences) > 1 and kind in _COUNT_KINDS:
            # «за преступления против основ конституционного строя и безопасности по
            # статьям о госизмене, шпионаже ...»: the articles named, not their chapter
            named = tuple(o for o in offences if self.lexicon.articles.get(o))
            offences = named or offences
        offence: str | tuple[str, ...] | None
        offence = None if not offences else offences[0] if len(offences) == 1 else offences
        self.claims.append(
            Claim(
                kind=kind,
                document=self.document,
                quote=self.quote,
                start=self.start,
                end=self.end,
                rule=rule,
                offence=offence,
                articles=self.lexicon.articles_for(offences),
                **fields,  # type: ignore[arg-type]
            )
        )

    # -- context -------------------------------------------------------------------

    def _offences_for(self, index: int) -> tuple[str, ...]:
        own = self.clauses[index]
        if not own.offences and any(
            # «за аналогичный период прошлого года — 20» is a period, not a charge
            not any(p.start <= m.end() - 1 < p.end for p in own.periods)
            for m in g.UNKNOWN_CHARGE.finditer(self.text, own.start, own.end)
        ):
            # «за утрату документов с грифом — один»: a charge the scheme lacks, unless it
            # opens with the head of the label before («За негласное сотрудничество ...»)
            return self.lexicon.named_by_head(self.tokens, self.context.offences)
        for clause in reversed(self.clauses[: index + 1]):
            if clause.offences:
                return unique([o.slug for o in clause.offences])
        for clause in self.clauses[index + 1 :]:
            if clause.offences:
                return unique([o.slug for o in clause.offences])
        if g.PARTS_BACK.match(self.quote):
            return ()
        named = self.context.offences
        if m := refs.ORDINAL_ARTICLE.search(self.quote, self.folded):
            # one offence before: which of the articles named is meant is unknown
            which = refs.ORDINAL_INDEX[fold(m.group("o")).lower()]  # (odd letter shapes)
            return (named[which],) if len(named) >= 2 and which < len(named) else ()
        if len(named) == 1 and self.context.penalised and NEXT_PART.match(self.quote):
            return named  # «Вторая — от пяти до семи» after the first part's range
        # «За тайное сотрудничество ... грозит»: the head of the label before
        if self.anaphoric:
            return refs.plural_back(self.quote, named, self.context.group)
        return self.lexicon.named_by_head(self.tokens, named)

    def _period_for(self, index: int, number: Number) -> Period | None:
        clause = self.clauses[index]
        # a baseline («больше, чем годом ранее») is the period of the figure its comparison
        # word governs only (:mod:`.comparisons`)
        baseline = governed_baseline(self.text, number, clause.periods)
        if baseline is not None:
            return baseline
        resolved = [p for p in clause.periods if p.how != "day" and p.cue is None]
        if "(" in self.quote:
            # «осуждены 47 человек (в 2023 году — 31)»: the aside's period is its figure's
            own = self._aside(number.start)
            resolved = outside_asides(self.text, self._asides, resolved, own)
        if len(clause.numbers) > 1:
            # not past another figure («выросло до 198 со 127 годом ранее»: 127's period)
            following = [
                p
                for p in resolved
                if 0 <= p.start - number.end <= 12
                and not any(number.end <= n.start < p.start for n in clause.numbers)
            ]
            if following:
                return following[0]
        before = [p for p in resolved if p.end <= number.start]
        if before:
            return before[-1]
        if resolved:
            return resolved[0]
        if when := when_clause_period(
            self.text,
            clause.start,
            number.start,
            [p for c in self.clauses[: index + 1] for p in c.periods],
        ):
            return when
        periods_so_far = [p for c in self.clauses[: index + 1] for p in c.periods]
        previous = self.clauses[index - 1].start if index else clause.start
        if index and (
            then := then_continued(self.text, previous, clause.start, clause.end, periods_so_far)
        ):
            return then  # «тогда за госизмену вынесли 16 приговоров, за шпионаж — один»
        for earlier in reversed(self.clauses[:index]):
            usable = [p for p in earlier.periods if p.how != "day" and p.cue is None]
            if usable:
                return usable[-1]
        if tail := source_tail_period(self, index):
            return tail  # «..., следует из данных ... за 2025 год»
        for later in self.clauses[index + 1 :]:
            if CONTRAST.match(self.text, later.start, later.end):
                break  # «176 человек, тогда как в 2023 году — 62»: the other figure's period
            usable = [p for p in later.periods if p.how != "day" and p.cue is None]
            if usable:
                return usable[0]
        if self.context.thread is not None and _MORE.match(self.quote):
            return self.context.thread  # «Ещё 37 человек ...» after a look back a year
        return since_then(self) or period_for_span_back(self.quote, self.context.period)

    @cached_property
    def _asides(self) -> list[tuple[int, int]]:
        """Where the parentheses of the sentence stand (document offsets)."""
        return [(m.start() + self.start, m.end() + self.start) for m in _ASIDE.finditer(self.quote)]

    def _aside(self, offset: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self._asides if a <= offset < b), None)

    # -- counts --------------------------------------------------------------------

    def _token_index(self, offset: int) -> int:
        for i, token in enumerate(self.tokens):
            if token.start >= offset:
                return i
        return len(self.tokens)

    # -- penalties -----------------------------------------------------------------

    def extract_penalties(self) -> None:
        for found in find_penalty_ranges(
            self.text,
            quote=self.quote,
            folded=self.folded,
            lemmas=self.lemma_set,
            tokens=self.tokens,
            clauses=self.clauses,
            offences_for=self._offences_for,
            after_range=self.context.penalised,
        ):
            self._claim(
                "penalty_range",
                found.rule,
                found.offences,
                min_years=found.min_years,
                max_years=found.max_years,
                life=found.life,
            )

    # -- enactments ----------------------------------------------------------------

    def extract_enactments(self) -> None:
        found = find_enactments(
            self.text,
            self.folded,
            self.clauses,
            self.dates,
            sentence=(self.start, self.end),
            named=bool(self.offences),
            before=self.context.offences,
        )
        laws = self.context.laws
        if found:
            for r, _, d in found:
                if all(d != date for _, date in self.context.laws):
                    self.context.laws += ((r, d),)
        elif self.offences and len(laws) == 1 and g.SAME_LAW.search(self.quote):
            # «... тем же законом увеличен с пяти до семи лет»: the one law read before
            rule, date = laws[0]
            found = [(rule, unique([o.slug for o in self.offences]), date)]
        for rule, offences, date in found:
            if any(
                other != date and other.startswith(date) and set(offences) <= set(more)
                for _, more, other in found
            ):
                continue  # «Весной 2023 года ... ужесточили: закон, подписанный 28 апреля»
            for offence in offences:  # one law, two articles: an enactment of each
                self._claim("enactment", "ru." + rule, (offence,), date=date)
        pending = self._pending
        if not self.offences and not self.context.offences and self.dates:
            self.context.pending = find_unnamed_enactment(
                self.text, self.folded, self.dates, (self.start, self.end)
            )
        elif pending is not None and g.NOW.search(self.quote):
            # the offences whose new ranges this sentence gives, enacted by that law
            ranged = [c.offence for c in self.claims if c.kind == "penalty_range"]
            rule, date = pending
            for offence in unique([o for r in ranged for o in _offence_slugs(r)]):
                self._claim("enactment", "ru." + rule, (offence,), date=date)

    # -- individual sentences ------------------------------------------------------

    def extract_individual(self) -> None:
        for term in self.imposed:
            if term.group or (term.rule in TOLD_AFTER_A_CASE and not self._story()):
                continue
            index = next(
                (i for i, c in enumerate(self.clauses) if c.start <= term.start < c.end), 0
            )
            # the term's own clause first («..., а его жене — 8 лет за госизмену»)
            own = [o.slug for o in self.clauses[index].offences] if self.clauses else []
            own = own or [o.slug for c in self.clauses for o in c.offences]
            offences = unique(own) if own else self._offences_for(index)
            if (
                not offences
                and (self.context.previous or g.PERSON_BACK.match(term.person))
                and not self._other_charge()
            ):
                # the defendant of the sentence before («Суд назначил ему 14 лет», «Сам
                # Андрей получил шесть лет»): the offence the story is about
                offences = self.context.offences
            if not offences and term.rule in STORY_TERMS:
                continue  # «По делу о поджоге прокурор просил 14 лет, суд назначил 12»
            day = [d for d in self.dates if len(d.value) == 10]
            date = min(day, key=lambda d: abs(d.start - term.start)).value if day else None
            self._claim(
                "individual_sentence",
                "ru." + term.rule,
                offences,
                person=named_for_pronoun(term.person, self.text, self.start, term.start),
                sentence_years=term.years,
                life=True if term.life else None,
                court=term.court,
                date=date,
            )

    def _story(self) -> bool:
        """Whether the sentence before told of a case (named an offence, gave no counts): a
        court's term with no person is its defendant's («... вменяли разглашение гостайны.
        Суд назначил три с половиной года»; not after «За госизмену осудили 300 человек.»)."""
        return bool(self.context.previous) and not (self.context.counted or self.context.cases)

    def _other_charge(self) -> bool:
        """Whether the sentence names a charge the scheme lacks («за хулиганство», «по делу
        о краже»): a term there takes no offence from the sentences before."""
        return any(
            not any(p.start <= m.end() - 1 < p.end for p in self.periods)
            for m in g.UNKNOWN_CHARGE.finditer(self.text, self.start, self.end)
        ) or bool(g.CASE_OF.search(self.text, self.start, self.end))

    def run(self) -> list[Claim]:
        # Every claim needs a figure, a date or «пожизненно»: other sentences only set the
        # context for the next ones.
        self._pending, self.context.pending = self.context.pending, None  # one sentence on
        if self.cued and (
            self.numbers
            or self.dates
            or gate_open(("пожизненн",), self.folded)
            or ONE_AND_A_HALF in self.lemma_set  # «до полутора лет»
        ):
            extract_counts(self)
            self.extract_penalties()
            self.extract_enactments()
            self.extract_individual()
            lead_figure_count(self)  # «Цифра дня — 7 842. Столько военнослужащих осуждены ...»
        elif len(self.context.laws) == 1 and self.offences and g.SAME_LAW.search(self.quote):
            self.extract_enactments()  # «Тем же законом ужесточено наказание за диверсию.»
        elif self.cued:
            lead_figure_count(self)
        added_articles(self)  # «... дополнил УК двумя статьями. Одна из них касается ...»
        law_content(self)  # «... вступает в силу закон, подписанный ... Он дополняет ...»
        after_question(self)  # «Что грозит за шпионаж? От 10 до 20 лет лишения свободы.»
        note_case(self)  # the case told of, for a term told later with no person or charge
        leave_context(self)
        return self.claims


def _offence_slugs(offence: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if offence is None:
        return ()
    return (offence,) if isinstance(offence, str) else tuple(offence)
