"""Measuring the bot: accuracy over question sets (`yibao eval`), speed and memory (`yibao bench`,
`yibao bench-bridge`)."""
