def train_bpe(words: list[str], num_merges: int, min_frequency: int = 2) -> list[tuple[str, str]]:
    """Learn up to num_merges merges from a list of pre-tokenised words (repeats = frequency).

    Each step merges the most frequent adjacent pair (counts weighted by word frequency, every
    adjacent position counted); ties go to the lexicographically smallest pair. Stops early when
    no pair occurs at least min_frequency times.
    """
    raise NotImplementedError


def bpe_encode(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Segment word by repeatedly applying the lowest-ranked merge present, until none applies."""
    raise NotImplementedError
