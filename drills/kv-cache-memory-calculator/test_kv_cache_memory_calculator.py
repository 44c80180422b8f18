import pytest


def test_example(impl):
    assert impl.kv_cache_bytes(n_layers=32, n_kv_heads=8, head_dim=128, seq_len=1) == 131072
    assert impl.max_batch_size(80 * 2**30, 16 * 2**30, 32, 8, 128, seq_len=8192) == 64


def test_llama2_7b_multi_head(impl):
    # 32 layers, 32 KV heads of 128, 4096 tokens, fp16: 2 GiB per sequence
    assert impl.kv_cache_bytes(32, 32, 128, 4096) == 2 * 2**30
    assert impl.kv_cache_bytes(32, 32, 128, 4096, batch_size=3, bytes_per_elem=1) == 3 * 2**30


def test_gqa_uses_kv_heads(impl):
    mha = impl.kv_cache_bytes(80, 64, 128, 1000)
    gqa = impl.kv_cache_bytes(80, 8, 128, 1000)
    assert mha == 8 * gqa == 8 * 2 * 80 * 8 * 128 * 1000 * 2


def test_sliding_window_caps_the_cache(impl):
    assert impl.kv_cache_bytes(4, 2, 64, 10_000, window=4096) == impl.kv_cache_bytes(4, 2, 64, 4096)
    assert impl.kv_cache_bytes(4, 2, 64, 100, window=4096) == impl.kv_cache_bytes(4, 2, 64, 100)


def test_batch_size_floors_and_handles_no_room(impl):
    per_seq = impl.kv_cache_bytes(2, 2, 4, 10)
    assert impl.max_batch_size(1000 + 3 * per_seq + per_seq - 1, 1000, 2, 2, 4, 10) == 3
    assert impl.max_batch_size(100, 200, 2, 2, 4, 10) == 0
    assert isinstance(impl.max_batch_size(10**12, 0, 2, 2, 4, 10), int)


def test_invalid_arguments(impl):
    with pytest.raises(ValueError):
        impl.kv_cache_bytes(-1, 8, 128, 10)
    with pytest.raises(ValueError):
        impl.kv_cache_bytes(32, 0, 128, 10)
    with pytest.raises(ValueError):
        impl.kv_cache_bytes(32, 8, 128, 10, window=0)
    with pytest.raises(ValueError):
        impl.max_batch_size(-5, 0, 2, 2, 4, 10)
    with pytest.raises(ValueError):
        impl.max_batch_size(100, 200, 2, 2, 4, 0)  # seq_len 0 is rejected even when nothing fits
