"""The story model's MinHash signatures (minhash.py) are the values datasketch gives with
its default scheme, so signatures kept from builds made with datasketch stay valid and
stories group as they did."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from datasketch import MinHash

from chiptrail_site import minhash
from chiptrail_site.stories import MINHASH_SEED

SIZES = [0, 1, 2, 37, 1000]


def datasketch_values(tokens: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    reference = MinHash(num_perm=num_perm, seed=seed, hashfunc=int, scheme=minhash.SCHEME)
    reference.update_batch(tokens.tolist())
    return reference.hashvalues


@pytest.mark.parametrize("num_perm", [64, 256])
@pytest.mark.parametrize("seed", [MINHASH_SEED, 7])
def test_signatures_are_datasketchs_hash_values(num_perm, seed):
    rng = np.random.default_rng(seed)
    sets = [np.unique(rng.integers(0, 2**32, size, dtype=np.uint32)) for size in SIZES]
    sets.append(np.array([0, 2**32 - 1], dtype=np.uint32))  # the extremes of the range
    for tokens, values in zip(sets, minhash.signatures(sets, num_perm, seed)):
        expected = datasketch_values(tokens, num_perm, seed)
        assert values.dtype == expected.dtype and np.array_equal(values, expected)


def test_the_stories_module_does_not_load_datasketch():
    probe = "import sys, chiptrail_site.stories; print('datasketch' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "False"
