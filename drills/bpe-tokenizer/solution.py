from collections import Counter


def _merge_word(symbols: tuple[str, ...], pair: tuple[str, str]) -> tuple[str, ...]:
    """Replace non-overlapping occurrences of pair, scanning left to right."""
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def train_bpe(words: list[str], num_merges: int, min_frequency: int = 2) -> list[tuple[str, str]]:
    """Learn up to num_merges merges from a list of pre-tokenised words (repeats = frequency).

    Each step merges the most frequent adjacent pair (counts weighted by word frequency, every
    adjacent position counted); ties go to the lexicographically smallest pair. Stops early when
    no pair occurs at least min_frequency times.
    """
    vocab = Counter(tuple(w) for w in words if w)  # segmentation -> frequency
    merges: list[tuple[str, str]] = []
    for _ in range(num_merges):
        counts: Counter = Counter()
        for symbols, freq in vocab.items():
            for pair in zip(symbols, symbols[1:]):
                counts[pair] += freq
        if not counts:
            break
        # highest count first, then the smallest pair: a deterministic tie-break
        best, best_count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if best_count < min_frequency:
            break
        merges.append(best)
        new_vocab: Counter = Counter()
        for symbols, freq in vocab.items():
            new_vocab[_merge_word(symbols, best)] += freq
        vocab = new_vocab
    return merges


def bpe_encode(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Segment word by repeatedly applying the lowest-ranked merge present, until none applies."""
    ranks = {pair: r for r, pair in enumerate(merges)}
    symbols = tuple(word)
    while len(symbols) > 1:
        present = [p for p in zip(symbols, symbols[1:]) if p in ranks]
        if not present:
            break
        symbols = _merge_word(symbols, min(present, key=ranks.__getitem__))
    return list(symbols)
