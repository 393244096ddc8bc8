"""Which of the ranked entries answers, by where it holds: a step over the search's hits, apart
from the ranking itself.

- The asker's region's own entry beats a national entry from another region's handbook ranked
  above it ("去重庆看病要备案不" in a 巴中 chat: 巴中's own 异地就医 section, not the 克拉玛依
  guide's paragraph on the national app).
- With no region known, national content beats one region's entry that ranks close above it:
  it holds for the asker wherever they are; and a regional entry whose shared part a national
  entry states (`common_to`: the handbooks agree on it) is answered by that national entry."""
from __future__ import annotations

from typing import Sequence, TypeVar

import regions
from corpus.entries import Entry

# With no region known, a national entry takes precedence over a regional one above it when its
# confidence is at least this share of the top's (the confidence is the ranker's probability).
NATIONAL_SHARE = 0.5

H = TypeVar("H")      # a search hit: anything with .entry and .confidence


def from_other_handbook(entry: Entry, region: str | None) -> bool:
    """A national entry whose text comes from another region's handbook than the asker's."""
    return (region is not None and entry.region == regions.national()
            and regions.region_of_handbook(entry.source.handbook) not in (None, region))


def in_own_handbook(entry: Entry, region: str) -> bool:
    """The region's own entry, or a national one its own handbook states."""
    return entry.region == region or (entry.region == regions.national()
                                      and regions.region_of_handbook(entry.source.handbook) == region)


def common_parts(entries: Sequence[Entry]) -> dict[str, Entry]:
    """Regional entry id → the national entry that states what it shares with the other regions'."""
    return {i: e for e in entries for i in e.common_to}


def by_precedence(hits: Sequence[H], region: str | None, floor: float = 0.0) -> list[H]:
    """`hits` (best first) with the entry that takes precedence moved to the front; `floor` is the
    least confidence that entry needs to answer at all."""
    hits = list(hits)
    if not hits:
        return hits
    top = hits[0]
    if region is not None and from_other_handbook(top.entry, region):
        # the asker's own handbook is the authority for the asker: any of its entries that may
        # answer at all, its region's or the national policy it states, comes first (at worst it
        # is offered as "您是想问……")
        wins, least = (lambda h: in_own_handbook(h.entry, region)), floor
    elif region is None and top.entry.region != regions.national():
        wins, least = (lambda h: h.entry.region == regions.national()), max(floor, top.confidence * NATIONAL_SHARE)
    else:
        return hits
    best = next((h for h in hits[1:] if wins(h)), None)
    if best is not None and best.confidence >= least:
        hits.remove(best)
        hits.insert(0, best)
    return hits
