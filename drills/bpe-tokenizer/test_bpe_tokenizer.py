CORPUS = ["low"] * 5 + ["lower"] * 2 + ["newest"] * 6 + ["widest"] * 3


def test_example_and_tie_break(impl):
    merges = impl.train_bpe(CORPUS, 4)
    # (e, s) and (s, t) both occur 9 times: the smaller tuple wins
    assert merges == [("e", "s"), ("es", "t"), ("l", "o"), ("lo", "w")]
    assert impl.bpe_encode("lowest", merges) == ["low", "est"]


def test_longer_training(impl):
    merges = impl.train_bpe(CORPUS, 10)
    assert merges[4:7] == [("e", "w"), ("ew", "est"), ("n", "ewest")]
    assert len(merges) == 10


def test_overlapping_pairs_are_counted_and_merged_left_to_right(impl):
    assert impl.train_bpe(["aaa", "bc"], 5) == [("a", "a")]  # "aaa" holds the pair twice
    assert impl.bpe_encode("aaa", [("a", "a")]) == ["aa", "a"]
    assert impl.train_bpe(["aaaa"], 5, min_frequency=1) == [("a", "a"), ("aa", "aa")]


def test_min_frequency_stops_training(impl):
    assert impl.train_bpe(["ab", "cd"], 10) == []
    assert impl.train_bpe(["ab", "cd"], 10, min_frequency=1) == [("a", "b"), ("c", "d")]


def test_encoding_follows_merge_rank_not_position(impl):
    assert impl.bpe_encode("abc", [("b", "c"), ("a", "b")]) == ["a", "bc"]
    assert impl.bpe_encode("abc", [("a", "b"), ("b", "c")]) == ["ab", "c"]


def test_encoding_reproduces_training_segmentation(impl):
    merges = impl.train_bpe(CORPUS, 10)
    assert impl.bpe_encode("newest", merges) == ["newest"]
    assert impl.bpe_encode("widest", merges) == ["widest"]
    assert impl.bpe_encode("lower", merges) == ["low", "e", "r"]
    assert impl.bpe_encode("newer", merges) == ["n", "ew", "e", "r"]


def test_unknown_characters_and_empty_word(impl):
    merges = impl.train_bpe(CORPUS, 10)
    assert impl.bpe_encode("", merges) == []
    assert impl.bpe_encode("zlowz", merges) == ["z", "low", "z"]
