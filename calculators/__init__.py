"""Deterministic arithmetic over the regions' policy tables. No text parsing, no I/O."""
