"""The conversation engine, storage and the channels."""
