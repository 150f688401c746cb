"""Beyond one machine: the per-document work of `workers` spread over a Dask cluster.

A ``dask.bag`` holds the run's articles in batches; each Dask worker loads the pipeline once (the
load is cached per process) and returns the same compact rows a local worker does. The results
come back in input order and are merged and grouped exactly as locally, so the outputs are
byte-identical to a local run. Needs the optional extra ``[dask]``; the package must be importable
on every worker (installed there, or on a shared path).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator

from extractor import workers
from extractor.articles import Article

LOCAL = re.compile(r"local\[(\d+)\]")
CONNECT_SECONDS = 30


class DaskError(RuntimeError):
    """``--dask`` cannot be used: dask/distributed is not installed, or the scheduler is unreachable."""


def _client(address: str):  # noqa: ANN202 - distributed.Client, imported lazily
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise DaskError("--dask needs the optional extra: pip install 'claims-timeline-extractor[dask]'") \
            from err
    local = LOCAL.fullmatch(address.strip())
    if local:
        cluster = LocalCluster(n_workers=int(local[1]), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout=CONNECT_SECONDS), None
    except (OSError, TimeoutError) as err:
        raise DaskError(f"--dask {address}: no Dask scheduler reachable ({err})") from err


def run(articles: Iterable[Article], address: str, ner_model: str | None = None,
        on_batch: Callable[[int], None] | None = None) -> Iterator[workers.DocResult]:
    """Results in input order from the cluster at ``address`` (``local[N]``: N local worker processes)."""
    import dask.bag as db

    chunks = list(workers.batches(articles))
    if not chunks:
        return
    client, cluster = _client(address)
    try:
        bag = db.from_sequence(chunks, partition_size=1).map(workers.process, ner_model)
        results = client.compute(bag).result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for chunk_result in results:
        yield from chunk_result
        if on_batch:
            on_batch(len(chunk_result))
