"""The pull outbox (`GET /bridge/v1/outbox`, `POST /bridge/v1/outbox/{id}/ack`) over a real server on
loopback, on SQLite and PostgreSQL: a fetch is never handed out twice while held, each
acknowledgement keeps the rest of its batch held, and a batch nobody acknowledges comes back."""
from datetime import timedelta

import httpx
from sqlalchemy import update

import test_bridge
from bot.storage.models import OutboxMessage, utcnow

# the real server on loopback: test_bridge's fixtures, used here by name
bridge, bridge_factory, database_url = test_bridge.bridge, test_bridge.bridge_factory, test_bridge.database_url
AUTH = {"X-Bridge-Token": test_bridge.TOKEN}


def _fetch(bridge, limit=50):
    rsp = httpx.get(bridge.url + "/bridge/v1/outbox", params={"bridge": "wechat", "limit": limit}, headers=AUTH)
    assert rsp.status_code == 200
    body = rsp.json()
    assert body["lease_seconds"] == 10
    return [m["id"] for m in body["messages"]]


def _ack(bridge, oid):
    assert httpx.post(f"{bridge.url}/bridge/v1/outbox/{oid}/ack", headers=AUTH).status_code == 200


def _lease(bridge, oid):
    with bridge.store.transaction() as db:
        return db.get(OutboxMessage, oid).lease_until


def _set_lease(bridge, ids, until):
    with bridge.store.transaction() as db:
        db.execute(update(OutboxMessage).where(OutboxMessage.id.in_(ids)).values(lease_until=until))


def test_a_fetch_is_not_handed_out_again_while_held_and_acknowledgements_keep_its_batch(bridge):
    ids = [bridge.store.add_outbox("wechat", f"room{i}", f"答复{i}") for i in range(4)]
    first = _fetch(bridge, limit=2)
    assert first == ids[:2]
    assert _fetch(bridge) == ids[2:]              # fetched again without an ack: only what nobody holds
    assert _fetch(bridge) == []
    # the first batch's lease nearly over: an acknowledgement renews the rest of that batch only
    soon = utcnow() + timedelta(seconds=2)
    _set_lease(bridge, first, soon)
    _ack(bridge, first[0])
    assert _lease(bridge, first[1]) > utcnow() + timedelta(seconds=8)
    assert _lease(bridge, ids[2]) < utcnow() + timedelta(seconds=11)
    assert _fetch(bridge) == []
    # nobody acknowledges the rest: once its lease is over, the next fetch gets it again
    _set_lease(bridge, [first[1], *ids[2:]], utcnow() - timedelta(seconds=1))
    assert _fetch(bridge) == [first[1], *ids[2:]]


def test_an_acknowledgement_after_the_lease_ran_out_holds_nothing_for_anyone(bridge):
    a, b = (bridge.store.add_outbox("wechat", "room", t) for t in ("甲", "乙"))
    assert _fetch(bridge) == [a, b]
    _set_lease(bridge, [a, b], utcnow() - timedelta(seconds=1))
    assert _fetch(bridge) == [a, b]               # handed out again (the first fetcher went quiet)
    _set_lease(bridge, [b], utcnow() - timedelta(seconds=1))
    _ack(bridge, a)                               # a late ack: sent, and no lease renewed
    assert _lease(bridge, b) < utcnow()
    assert _fetch(bridge) == [b]
