"""Only what is inside the content folder is published.

Pelican walks the content folder following symlinks, so a link under ``content/articles``
to a file or folder elsewhere on the machine would be read and published. An archive
publishes what was put into it, so such files are left out with a warning.

The folder is walked once per build for each set of arguments: ``convert_ahead`` asks
for the articles before the generator reads them, and both must see the same files.
"""

from __future__ import annotations

import functools
import logging
import os

logger = logging.getLogger(__name__)


def confine_to_content_tree(generator) -> None:
    """Wrap the generator's ``get_files`` so it drops files resolving outside ``PATH``."""
    root = os.path.realpath(generator.path)
    find_files = generator.get_files

    @functools.cache
    def files_inside(paths: tuple, exclude: tuple, extensions) -> frozenset[str]:
        inside, real_folders = set(), {}
        for name in find_files(list(paths), exclude=list(exclude), extensions=extensions):
            real = _real_path(os.path.join(generator.path, name), real_folders)
            if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
                inside.add(name)
            else:
                logger.warning("%s: a symlink out of the content folder; not published", name)
        return frozenset(inside)

    def get_files(paths, exclude=None, extensions=None):
        paths = [paths] if isinstance(paths, str) else paths
        extensions = extensions if extensions in (None, False) else tuple(extensions)
        return set(files_inside(tuple(paths), tuple(exclude or ()), extensions))

    generator.get_files = get_files


def _real_path(path: str, real_folders: dict[str, str]) -> str:
    """``os.path.realpath``, resolving each folder once: a file that is not itself a
    link lies in its folder's real path (one ``lstat`` instead of one per component)."""
    if os.path.islink(path):
        return os.path.realpath(path)
    folder, name = os.path.split(path)
    if folder not in real_folders:
        real_folders[folder] = os.path.realpath(folder)
    return os.path.join(real_folders[folder], name)
