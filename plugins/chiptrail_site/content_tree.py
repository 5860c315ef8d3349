"""Only what is inside the content folder is published.

Pelican walks the content folder following symlinks, so a link under ``content/articles``
to a file or folder elsewhere on the machine would be read and published. An archive
publishes what was put into it, so such files are left out with a warning.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger(__name__)


def confine_to_content_tree(generator) -> None:
    """Wrap the generator's ``get_files`` so it drops files resolving outside ``PATH``."""
    root = os.path.realpath(generator.path)
    find_files = generator.get_files

    def get_files(paths, exclude=None, extensions=None):
        inside = set()
        for name in find_files(paths, exclude=exclude or [], extensions=extensions):
            real = os.path.realpath(os.path.join(generator.path, name))
            if os.path.commonpath([real, root]) == root:
                inside.add(name)
            else:
                logger.warning("%s: a symlink out of the content folder; not published", name)
        return inside

    generator.get_files = get_files
