"""Pelican settings for publishing: absolute URLs, canonical links and Atom feeds.

Set SITEURL to the address the site is served from before ``invoke publish``; the
placeholder below makes canonical links, OpenGraph URLs and feeds well-formed.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = "https://chiptrail.example.org"
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
CHIP_FEED_ATOM = "feeds/chips/{slug}.atom.xml"
STANCE_FEED_ATOM = "feeds/stances/{slug}.atom.xml"
SOURCE_FEED_ATOM = "feeds/sources/{slug}.atom.xml"
