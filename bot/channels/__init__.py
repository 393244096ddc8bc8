"""The channels: each turns what it received into a call of `bot.service.handle` and renders the
`Reply` it gets back. No channel holds understanding or policy of its own."""
