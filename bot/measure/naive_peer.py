"""The naive peer that `yibao bench` measures the bot against: what anyone would write in an
afternoon — jieba's default dictionary, rank-bm25 over the handbooks' paragraphs, the best
paragraph as the answer. Run as a script it answers the questions given on the command line
(start-up is timed by the caller, from process start to the first answer printed); `measure()`
times its answers in-process, as the bot's engine is timed."""
from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

HANDBOOKS = Path(__file__).resolve().parents[2] / "corpus" / "handbooks"


class NaivePeer:
    def __init__(self):
        import jieba
        from rank_bm25 import BM25Okapi
        self._cut = jieba.lcut
        self.paragraphs = [p.strip() for f in sorted(HANDBOOKS.glob("*.md"))
                           for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        self.bm25 = BM25Okapi([self._cut(p) for p in self.paragraphs])

    def answer(self, question: str) -> str:
        scores = self.bm25.get_scores(self._cut(question))
        return self.paragraphs[int(scores.argmax())]


def measure(questions: list[str]) -> dict:
    """Latency and throughput over `questions`, in this process (the peer built first)."""
    from bot.measure.benchmark import warm_up_questions
    peer = NaivePeer()
    for q in warm_up_questions():        # the same warm-up as ours
        peer.answer(q)
    latencies = []
    t1 = time.perf_counter()
    for q in questions:
        s = time.perf_counter()
        peer.answer(q)
        latencies.append((time.perf_counter() - s) * 1000)
    wall = time.perf_counter() - t1
    latencies.sort()
    return {"p50_ms": round(statistics.median(latencies), 2),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 2),
            "answers_per_s": round(len(latencies) / wall, 1),
            "peak_mem_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:       # in a process of its own, so its peak memory is its own
        import json
        from bot.measure.benchmark import sample_questions
        print(json.dumps(measure([q for q, _ in sample_questions(int(sys.argv[2]))])))
    else:
        peer = NaivePeer()
        for q in sys.argv[1:]:
            print(peer.answer(q), flush=True)
