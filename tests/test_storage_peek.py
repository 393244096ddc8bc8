"""What the command line reads from the database before SQLAlchemy and Alembic are imported:
whether staff taught anything (else `yibao ask` answers first and logs after), and the schema's
newest revision (else every start imports Alembic to find it)."""
import sqlite3

from bot.storage.db import head_revision, shipped_head
from bot.storage.peek import holds_staff_knowledge


def test_the_shipped_head_revision_is_alembics():
    assert shipped_head() is not None and shipped_head() == head_revision()


def test_the_command_line_can_tell_whether_staff_taught_anything(tmp_path):
    path = tmp_path / "y.sqlite3"
    assert holds_staff_knowledge(f"sqlite:///{path}") is False           # not created yet
    assert holds_staff_knowledge("postgresql://localhost/yibao") is None  # SQLAlchemy's to open
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE other (x)")
    con.commit()
    assert holds_staff_knowledge(f"sqlite:///{path}") is None           # not our schema
    con.execute("CREATE TABLE staff_entries (id)")
    con.execute("CREATE TABLE staff_variants (id)")
    con.commit()
    assert holds_staff_knowledge(f"sqlite:///{path}") is False
    con.execute("INSERT INTO staff_variants VALUES (1)")
    con.commit()
    con.close()
    assert holds_staff_knowledge(f"sqlite:///{path}") is True
