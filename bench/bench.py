#!/usr/bin/env python3
"""Benchmark kgbuild's RDF paths (Oxigraph, canonical writers, set-based checks) against
plain rdflib / pySHACL on synthetic graphs shaped like the project's graph, or (--e2e)
the real `kgbuild` command end to end against the Oxigraph floor.

    python bench/bench.py                  # 10k, 100k and 1M triples (about 15 minutes)
    python bench/bench.py --sizes 10k,100k
    python bench/bench.py --quick          # 10k only (under a minute)
    python bench/bench.py --e2e --sizes 100k,1M --full   # the CLI end to end

Every measurement runs in its own subprocess, so peak memory is per stage and nothing
accumulates between stages or sizes. See bench/README.md for how to read the tables.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Measure the checkout this script is in, not whichever kgbuild is installed.
sys.path.insert(0, str(ROOT))

if __name__ == "__main__":
    if "--e2e" in sys.argv[1:]:
        from bench.e2e import main as e2e_main

        sys.exit(e2e_main([a for a in sys.argv[1:] if a != "--e2e"]))
    from bench.micro import main

    sys.exit(main())
