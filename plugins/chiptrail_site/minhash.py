"""MinHash signatures of sets of 32-bit token hashes, the values datasketch 2.0 gives.

The story model (``stories``) needs the hash values of datasketch's ``MinHash`` with its
default ``affine32`` scheme, and nothing else of the library; yet importing datasketch
loads scipy, about a second of every build that groups stories, a fifth of an add-one
rebuild at 1,000 articles (issue 6). The scheme is short: each token hash is mixed by
MurmurHash3's 32-bit finalizer, then each of ``num_perm`` affine maps
``h -> a*h + b (mod 2**32)`` (odd ``a``, so each is a bijection) is applied, and the
signature keeps each map's minimum. The maps' parameters are drawn as datasketch draws
them, from numpy's ``RandomState(seed)``; ``tests/test_stories_minhash.py`` checks the
values against datasketch's own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import numpy as np

SCHEME = "affine32"  # datasketch's name for this scheme, kept with signatures made by it
HASH_WIDTH = 32
EMPTY = np.uint32(2**HASH_WIDTH - 1)  # each value of the signature of an empty set
# MurmurHash3's fmix32: shift, multiplier, shift, multiplier, shift.
FMIX32 = (16, np.uint32(0x85EBCA6B), 13, np.uint32(0xC2B2AE35), 16)


def signatures(sets: Iterable[np.ndarray], num_perm: int, seed: int) -> Iterator[np.ndarray]:
    """The ``num_perm`` MinHash values (uint32) of each set of token hashes."""
    a, b = affine_maps(num_perm, seed)
    for tokens in sets:
        if not tokens.size:
            yield np.full(num_perm, EMPTY, dtype=np.uint32)
            continue
        mixed = fmix32(np.asarray(tokens, dtype=np.uint32).reshape(-1, 1))
        yield (mixed * a + b).min(axis=0)


@lru_cache(maxsize=None)
def affine_maps(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The multipliers (odd) and offsets of the maps, drawn in datasketch's order."""
    draw = np.random.RandomState(seed)
    a = draw.randint(0, 1 << (HASH_WIDTH - 1), num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << HASH_WIDTH, num_perm, dtype=np.uint32)
    return a, b


def fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer: a bijection on 32-bit values that spreads every bit."""
    first, multiplier, second, other, third = FMIX32
    values = values ^ (values >> np.uint32(first))
    values = values * multiplier
    values = values ^ (values >> np.uint32(second))
    values = values * other
    return values ^ (values >> np.uint32(third))
