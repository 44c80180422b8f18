def _check(**sizes: int | None) -> None:
    for name, value in sizes.items():
        if value is None:
            continue
        if value < 0 or (value == 0 and name in ("n_layers", "n_kv_heads", "head_dim", "bytes_per_elem", "window")):
            raise ValueError(f"invalid {name}: {value}")


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
    _check(n_layers=n_layers, n_kv_heads=n_kv_heads, head_dim=head_dim, seq_len=seq_len,
           batch_size=batch_size, bytes_per_elem=bytes_per_elem, window=window)
    cached = seq_len if window is None else min(seq_len, window)
    return 2 * n_layers * n_kv_heads * head_dim * cached * batch_size * bytes_per_elem


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
    _check(memory_bytes=memory_bytes, weight_bytes=weight_bytes)
    if seq_len == 0:
        raise ValueError("seq_len must be positive to bound the batch size")
    per_sequence = kv_cache_bytes(n_layers, n_kv_heads, head_dim, seq_len, 1, bytes_per_elem)
    free = memory_bytes - weight_bytes
    if free <= 0:
        return 0
    return free // per_sequence
