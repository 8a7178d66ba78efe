"""Counts paired with offences by "respectively" (rule count.respectively): "38 and 21
people were convicted of treason and espionage respectively", "... (52 individuals) and
... (18 individuals) higher, respectively", "... 14 and 3 respectively in 2016" (the time
right after it). A factor before a figure's bracket ("four times higher (52 individuals)")
is its change. Split from counts.py."""

from __future__ import annotations

from kgbuild.claims import Change
from kgbuild.extraction.changes import _baseline_period, _comparison_hit, _factor_value
from kgbuild.extraction.count_kinds import CountKindRules
from kgbuild.extraction.drafts import _round, _unique
from kgbuild.extraction.grammar_en import (
    _CONVICTION_CUE,
    _FACTOR_BEFORE_PAREN,
    _RESPECTIVELY,
    _is_year_like,
    _scope,
    _unit,
)
from kgbuild.extraction.grammar_en_cases import bare_figures_before
from kgbuild.extraction.numbers import _int_number, _qualifier_before, _qualifier_word


class RespectiveCountRules(CountKindRules):
    """Counts paired in order with the offences before "respectively"."""

    def extract_respectively(self) -> None:
        if "respectively" not in self.folded:
            return
        r = _RESPECTIVELY.search(self.s)
        if r is None or not _CONVICTION_CUE.search(self.s):
            return
        counted = [
            m
            for m in self.count_matches
            if _unit(m.group("noun")) == "people" and not _is_year_like(m.group("num"))
        ]
        # "38 and 21 people were convicted of X and Y respectively": the figures before the
        # noun share it
        items = [
            (n, n.start("num"), n.group("num"), head)
            for head in counted[:1]
            for n in bare_figures_before(self.s, head.start())
            if not _is_year_like(n.group("num"))
        ] + [(m, m.start("num"), m.group("num"), m) for m in counted]
        offences = _unique([m.slug for m in self.offences if m.start < r.start()])
        if len(items) < 2 or len(items) != len(offences):
            return
        for (item, num_start, num, head), slug in zip(items, offences, strict=True):
            count = _int_number(num)
            if count is None:
                continue
            draft = self._draft("conviction_count", "count.respectively", num_start)
            qualifier = _qualifier_before(self.s[:num_start])
            self._finish_count(
                draft,
                (slug,),
                item.start(),
                qualifier,
                count,
                "people",
                _scope(head.group("mods"), head.group("noun")),
            )
            own = self._time_right_after(r.end())
            if own is not None:
                draft.period = own  # "... 14 and 3 respectively in 2016"
            f = _FACTOR_BEFORE_PAREN.search(self.s[: item.start()])
            if f is not None:
                factor = _factor_value(f.group("f"))
                base = _comparison_hit(self.comparisons, item.end())
                if factor is not None:
                    b_start: str | None = None
                    b_end: str | None = None
                    if base is not None:
                        b_start, b_end = _baseline_period(base, draft.period, self.state.published)
                    draft.change = Change(
                        _round(factor), _qualifier_word(f.group("q")), b_start, b_end
                    )
                    draft.rule = "count.respectively+change.times"
                    self.used.append((f.start(), f.end()))
            self.used.append((item.start(), item.end()))
            self.counts.append(draft)
        for h in self.changes:
            if any(s <= h.start < e for s, e in self.used):
                self.used.append((h.start, h.end))
