"""Only files inside the content folder are read, whatever links point elsewhere."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from chiptrail_site.content_tree import confine_to_content_tree


class WalkingGenerator:
    """Finds files as Pelican's generators do: a walk following links; counts walks."""

    def __init__(self, path: Path):
        self.path, self.walks = str(path), 0

    def get_files(self, paths, exclude=None, extensions=None):
        self.walks += 1
        found = set()
        for folder in paths:
            for dirpath, _, names in os.walk(os.path.join(self.path, folder), followlinks=True):
                found |= {os.path.relpath(os.path.join(dirpath, name), self.path) for name in names}
        return found


def content_with_links(tmp_path: Path) -> Path:
    outside, content = tmp_path / "outside", tmp_path / "content"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.md").write_text("secret")
    (outside / "folder" / "also-secret.md").write_text("secret")
    (content / "articles" / "sub").mkdir(parents=True)
    (content / "articles" / "kept.md").write_text("kept")
    (content / "articles" / "sub" / "kept-too.md").write_text("kept")
    (content / "articles" / "link-out.md").symlink_to(outside / "secret.md")
    (content / "articles" / "folder-out").symlink_to(outside / "folder", target_is_directory=True)
    (content / "articles" / "link-in.md").symlink_to(content / "articles" / "kept.md")
    (content / "articles" / "folder-in").symlink_to(content / "articles" / "sub")
    return content


def test_files_and_folders_linked_from_outside_are_left_out_with_a_warning(tmp_path, caplog):
    generator = WalkingGenerator(content_with_links(tmp_path))
    confine_to_content_tree(generator)
    with caplog.at_level(logging.WARNING):
        found = generator.get_files(["articles"])
    assert found == {"articles/kept.md", "articles/sub/kept-too.md", "articles/link-in.md",
                     "articles/folder-in/kept-too.md"}
    assert "articles/link-out.md" in caplog.text and "folder-out/also-secret.md" in caplog.text


def test_a_content_folder_reached_through_a_link_is_inside_itself(tmp_path):
    content = content_with_links(tmp_path)
    (tmp_path / "via-link").symlink_to(content, target_is_directory=True)
    generator = WalkingGenerator(tmp_path / "via-link")
    confine_to_content_tree(generator)
    assert "articles/kept.md" in generator.get_files(["articles"])


def test_the_folder_is_walked_once_per_build_for_the_same_question(tmp_path):
    generator = WalkingGenerator(content_with_links(tmp_path))
    confine_to_content_tree(generator)
    assert generator.get_files(["articles"], exclude=["raw"]) == generator.get_files(
        ["articles"], exclude=["raw"])
    assert generator.walks == 1
