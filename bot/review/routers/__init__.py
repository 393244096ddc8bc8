"""The review page's routes, one router per resource, all under /review and all made with
`bot.review.web.ReviewRoute`: signing in, the queue, staff entries, the audit log, stats, exports,
knowledge import and hit testing. `bot.review.app.review_router` puts them together."""
