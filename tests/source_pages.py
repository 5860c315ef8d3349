"""How the source specifications read a page: whole, through the pipeline, as ingest
does, so that every rule that can name or veto a publisher (the header, the page's
frame, posts, credits) has its say."""

from chiptrail_normalise.pipeline import normalise


def source_of(lines):
    return normalise("\n".join(lines)).meta["source"]
