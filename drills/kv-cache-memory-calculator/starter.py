def kv_cache_bytes(
    n_layers: int,
    n_kv_heads: int,
    head_dim: int,
    seq_len: int,
    batch_size: int = 1,
    bytes_per_elem: int = 2,
    window: int | None = None,
) -> int:
    """2 (K and V) * layers * kv_heads * head_dim * cached positions * batch * bytes."""
    raise NotImplementedError


def max_batch_size(
    memory_bytes: int,
    weight_bytes: int,
    n_layers: int,
    n_kv_heads: int,
    head_dim: int,
    seq_len: int,
    bytes_per_elem: int = 2,
) -> int:
    """How many full-length sequences' KV caches fit in memory_bytes - weight_bytes (0 if none)."""
    raise NotImplementedError
