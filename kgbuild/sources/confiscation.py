"""seeds/statutes/confiscation.yaml: the register's articles listed in Art. 104.1 part 1
point "а" (confiscation of property obtained by the offence), with when each listing is
known to apply and the text that shows it."""

from __future__ import annotations

import re
from pathlib import Path

from kgbuild.sources.collector import _Collector, _confidence, _fact, _opt_str, parse_date
from kgbuild.sources.records import ConfiscationListing, Origin
from kgbuild.yamlio import line_of

CONFISCATION_FILE = Path("statutes") / "confiscation.yaml"
_PART = re.compile(r"^\d+$")


def load_confiscation(root: Path, col: _Collector) -> tuple[ConfiscationListing, ...]:
    """The listings in file order; an absent file means none are registered."""
    path = root / CONFISCATION_FILE
    if not path.is_file():
        return ()
    data = col.load(path, "confiscation")
    if data is None:
        return ()
    if str(data["article"]) != "104.1":
        col.add(
            path,
            line_of(data, "article"),
            f"confiscation.yaml is about Art. 104.1, not {data['article']}",
            'write article: "104.1"',
        )
    source = _opt_str(data.get("source"))
    confidence = _confidence(col, path, data, "unverified")
    listings: list[ConfiscationListing] = []
    seen: dict[str, int | None] = {}
    for raw in data["listings"]:
        line = line_of(raw)
        article = str(raw["article"])
        if article in seen:
            col.add(
                path,
                line,
                f"Art. {article} is listed twice (also line {seen[article]})",
                "keep one listing per article; name its parts in parts:",
            )
            continue
        seen[article] = line
        parts = tuple(str(p) for p in raw.get("parts") or ())
        bad = [p for p in parts if not _PART.match(p)]
        if bad:
            col.add(
                path,
                line_of(raw, "parts"),
                f"part {bad[0]!r} of Art. {article} is not a part number",
                'write the parts as numbers, e.g. parts: ["2", "3", "4"]',
            )
            continue
        lsource = _opt_str(raw.get("source")) or source
        lconf = _confidence(col, path, raw, confidence)
        shown = _fact(col, path, raw.get("shown"), raw, "shown", parse_date, lsource, lconf)
        start = _fact(col, path, raw.get("from"), raw, "from", parse_date, lsource, lconf)
        if shown is None:
            col.add(
                path,
                line,
                f"the listing of Art. {article} has no day on which a text shows it",
                "add shown: the date of the consolidated text you read the listing in",
            )
            continue
        if start is not None and start.value > shown.value:
            col.add(
                path,
                line_of(raw, "from"),
                f"the listing of Art. {article} starts ({start.value}) after the text that "
                f"shows it ({shown.value})",
                "correct from: or shown:",
            )
            continue
        listings.append(
            ConfiscationListing(
                article,
                parts,
                _opt_str(raw.get("condition")),
                start,
                _opt_str(raw.get("enacted_by")),
                shown,
                _opt_str(raw.get("quote")),
                lsource,
                lconf,
                Origin(col.rel(path), line),
            )
        )
    return tuple(listings)
