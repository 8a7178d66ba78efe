"""Stage `statistics`: the Judicial Department's yearly forms 10.3, 10.3.1 and 10-а, read
into plain records (no RDF here; kgbuild.mapping turns them into Data Cube observations).

    folder = locate_official_stats(option_or_None)      # a Path, or Missing (one line)
    catalogue = load_catalogue(root / CATALOGUE_PATH)    # seeds/official-stats.yaml
    stats = read_official_stats(folder, catalogue)       # checks every sha256 first
    findings = check_sums(stats, catalogue.known_exceptions)

``stats.rows`` are StatRows (one per labelled row of a data sheet: article, part,
point, combined, group or total, with the units it counts and the row that includes it;
10-а's breakdown sheets are read by kgbuild.statistics.breakdowns),
``stats.observations`` one Observation per numeric cell with its file, sheet, 0-based
row and column, A1 cell and measure code (kgbuild.statistics.measures), ``stats.files``
what was read from each file (sha256, sheets read and skipped, every column's header and
measure). A zero in the file is an observation; a blank cell is none (the form left it
empty, which is not a count of zero); text where a count belongs is an input error.
Every problem is a kgbuild.errors.InputError naming the file and, where there is one,
the sheet and cell.
"""

from kgbuild.statistics.catalogue import (
    CATALOGUE_PATH,
    ENV_VAR,
    Catalogue,
    Missing,
    load_catalogue,
    locate_official_stats,
)
from kgbuild.statistics.checks import SumFinding, check_sums
from kgbuild.statistics.measures import MEASURES, Measure
from kgbuild.statistics.reader import read_official_stats
from kgbuild.statistics.records import ColumnInfo, FileInfo, Observation, OfficialStats, StatRow

__all__ = [
    "CATALOGUE_PATH",
    "ENV_VAR",
    "MEASURES",
    "Catalogue",
    "ColumnInfo",
    "FileInfo",
    "Measure",
    "Missing",
    "Observation",
    "OfficialStats",
    "StatRow",
    "SumFinding",
    "check_sums",
    "load_catalogue",
    "locate_official_stats",
    "read_official_stats",
]
