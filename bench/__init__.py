"""kgbuild's benchmarks (see bench/README.md).

- bench.micro (with bench.worker, bench.driver, bench.fixtures): kgbuild's RDF paths
  stage by stage against plain rdflib / pySHACL, on synthetic graphs
  (bench.synthetic, bench.synthetic_claims).
- bench.e2e (with bench.e2e_runs): the real `kgbuild` command as a user runs it, on
  synthetic graphs and on the full build, each figure as a ratio to the Oxigraph floor.
"""
