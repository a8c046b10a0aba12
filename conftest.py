"""Repository-level pytest settings: what doctest collection must not import."""

collect_ignore_glob = ["maps/assets/*", "benchmarks/*", "build/*", "examples/*"]
