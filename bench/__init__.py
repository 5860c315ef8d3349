"""The benchmark harness (issue 6): a synthetic raw corpus and a runner that times
ChipTrail's ingest and builds against stock Pelican and Hugo. Not needed to build the site;
its tools are the ``bench`` extra."""
