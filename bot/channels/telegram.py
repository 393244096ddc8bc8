"""Telegram (python-telegram-bot 22): `build_application()` and the handlers.

Private chats: every text is a question. Groups (privacy mode on is fine): `/ask …`, an
@mention of the bot, or a reply to one of its messages; everything else is ignored. Form
prompts carry `ForceReply(selective=True)` so the asker's follow-up comes back as a reply.
Answers are replies with 👍/👎 buttons whose callback data is the signed question id; choices a
clarifying reply offers are buttons too, and a press is answered as if the asker had typed the
choice. The command menu (`COMMANDS`) is set at start."""
from __future__ import annotations

import asyncio
import logging

from telegram import (BotCommand, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity,
                      ReplyParameters, Update)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, filters)
from telegram.request import BaseRequest

from bot import texts
from bot.channels.choices import numbered_text, offered
from bot.channels.chunks import split_text, utf16_len
from bot.service import Cooldown, continues, handle
from bot.settings import Settings
from bot.notify import Sender, outbox_loop
from bot.channels.telegram_updates import UpdateInbox
from bot.storage import Notify, Outgoing, Store
from bot.storage.store import ANSWER_KINDS
from intents import acts
from intents.choices import numbered
import regions

log = logging.getLogger(__name__)

CHANNEL = "telegram"
MAX_MESSAGE = 4096
# the menu Telegram shows beside the text field (command names must be Latin; what they do is in Chinese)
COMMANDS = (
    ("help", "使用说明和提问示例"),
    ("ask", "提问，例如 /ask 住院怎么报销（群里用）"),
    ("region", "查看或设置默认地区，例如 /region 巴中"),
    ("cancel", "取消正在进行的计算"),
    ("more", "查看上一条回答的其余部分"),
)
# commands that stand for words the engine already understands
AS_WORDS = acts.COMMANDS
PICK = "pick"     # callback data of a choice button: pick:<question id>:<number>


class TelegramBot:
    """The handlers, holding what they share: the store, the engine, the settings, the cooldown."""

    def __init__(self, store: Store, engine, settings: Settings):
        self.store, self.engine, self.settings = store, engine, settings
        self.cooldown = Cooldown(settings.cooldown_seconds)

    def install(self, app: Application) -> None:
        new = filters.UpdateType.MESSAGE     # an edited question is not asked again
        app.add_handler(CommandHandler(["start", "help"], self.on_help, filters=new))
        app.add_handler(CommandHandler("region", self.on_region, filters=new))
        app.add_handler(CommandHandler("ask", self.on_ask, filters=new))
        app.add_handler(CommandHandler(list(AS_WORDS), self.on_word_command, filters=new))
        app.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, self.on_text))
        app.add_handler(MessageHandler(new & filters.COMMAND, self.on_unknown_command))   # after every command
        app.add_handler(CallbackQueryHandler(self.on_vote, pattern=r"^[+-]\d+$"))
        app.add_handler(CallbackQueryHandler(self.on_pick, pattern=rf"^{PICK}:\d*:\d+$"))
        app.add_error_handler(self.on_error)

    # -- questions ---------------------------------------------------------------------------

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None or not msg.text or update.effective_user is None:
            return
        if not _is_group(msg):
            await self._answer(update, context, msg.text)
            return
        question = _addressed_text(msg, context.bot)
        if question is None and await asyncio.to_thread(self._continues, msg, update.update_id):
            question = msg.text      # with privacy mode off: a follow-up in the conversation needs no reply
        if question is not None:
            await self._answer(update, context, question)

    def _continues(self, msg: Message, update_id: int) -> bool:
        user_key = self.store.user_key(CHANNEL, str(msg.from_user.id))
        return continues(self.store, channel=CHANNEL, chat_id=str(msg.chat_id), user_key=user_key, text=msg.text,
                         expiry=self.settings.form_expiry, delivery=(CHANNEL, str(update_id)))

    async def on_ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None or update.effective_user is None:
            return
        question = _after_command(msg)
        if not question:
            await msg.reply_text(texts.ASK_WHAT, do_quote=True,
                                 reply_markup=ForceReply(selective=True) if _is_group(msg) else None)
            return
        await self._answer(update, context, question)

    async def _answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, *,
                      msg: Message | None = None, user=None, picked: bool = False) -> None:
        """Answer `text` from `user` (default: the message's sender) as a reply to `msg` (default: the
        update's message). `picked`: the text is a choice button's, pressed by the asker."""
        msg = msg or update.effective_message
        user = user or msg.from_user
        chat_id = str(msg.chat_id)
        group = _is_group(msg)
        config = await asyncio.to_thread(self.store.chat_config, CHANNEL, chat_id)
        # recorded with the update id: handling this update again (after a crash) re-sends this answer
        handled = await asyncio.to_thread(
            handle, self.store, self.engine, channel=CHANNEL, chat_id=chat_id, user_id=str(user.id), text=text,
            is_group=group, chat_region=config.region,
            notify=Notify(CHANNEL, chat_id, str(user.id), str(msg.message_id)),
            form_expiry=self.settings.form_expiry, delivery=(CHANNEL, str(update.update_id)))
        reply = handled.reply
        body, markup = reply.text, None
        if offered(reply):
            body = numbered_text(reply, texts.CHOICE_HINT_BUTTONS)
            markup = choice_keyboard(handled.query_id, offered(reply))
        elif reply.kind == "clarify" and reply.missing_slots and group:
            markup = ForceReply(selective=True)     # the follow-up must reach the bot in privacy mode
        elif reply.kind in ANSWER_KINDS and handled.query_id is not None:
            markup = vote_keyboard(handled.query_id)
        if picked:
            body = texts.CHOICE_PICKED.format(choice=text) + "\n" + body
        if not handled.duplicate and self.cooldown.too_fast(f"{CHANNEL}:{user.id}"):
            body += "\n" + self.cooldown.notice()   # every message is answered; the sender is told once
        await send_long(context.bot, msg.chat_id, body, reply_to=msg.message_id, markup=markup)

    # -- commands ------------------------------------------------------------------------------

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None:
            return
        text = texts.HELP + "\n" + texts.CANCEL_AND_MORE + ("\n" + texts.GROUP_HOW if _is_group(msg) else "")
        await msg.reply_text(text, do_quote=_is_group(msg))

    async def on_word_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/cancel and /more: the words 取消 and 更多, which in a group reach the bot only as commands."""
        msg = update.effective_message
        if msg is None or update.effective_user is None:
            return
        command = (msg.text or "").split(maxsplit=1)[0][1:].split("@", 1)[0].lower()
        await self._answer(update, context, AS_WORDS[command])

    async def on_unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A short list of the commands. In a group only for a command addressed to this bot by
        name: "/start" alone there may be meant for another bot."""
        msg = update.effective_message
        if msg is None or update.effective_user is None:
            return
        command = (msg.text or "").split(maxsplit=1)[0]
        addressee = command.partition("@")[2].lower()
        mine = (context.bot.username or "").lower()
        if (addressee and addressee != mine) or (_is_group(msg) and not addressee):
            return
        await msg.reply_text(texts.UNKNOWN_COMMAND, do_quote=_is_group(msg))

    async def on_region(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None or update.effective_user is None:
            return
        chat_id = str(msg.chat_id)
        value = regions.resolve(_after_command(msg))     # 恩阳区, 长治市, 石大 …: the region they are in
        choices = " / ".join(regions.covered())
        if value is None:
            config = await asyncio.to_thread(self.store.chat_config, CHANNEL, chat_id)
            await msg.reply_text(texts.REGION_SHOW.format(region=config.region or texts.REGION_NONE, choices=choices),
                                 do_quote=True)
            return
        if _is_group(msg):
            if not await _is_admin(msg, context):
                await msg.reply_text(texts.REGION_ADMINS_ONLY, do_quote=True)
                return
            await asyncio.to_thread(self.store.set_chat_config, CHANNEL, chat_id, region=value)
            await msg.reply_text(texts.REGION_SET_GROUP.format(region=value), do_quote=True)
            return
        user_key = self.store.user_key(CHANNEL, str(update.effective_user.id))
        await asyncio.to_thread(self.store.set_chat_config, CHANNEL, chat_id, region=value)
        # the person's own remembered region would otherwise win over the new default
        await asyncio.to_thread(self.store.set_session_region, CHANNEL, chat_id, user_key, value)
        await msg.reply_text(texts.REGION_SET.format(region=value))

    # -- feedback ---------------------------------------------------------------------------------

    async def on_vote(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        vote = 1 if query.data[0] == "+" else -1
        question_id = int(query.data[1:])
        question = await asyncio.to_thread(self.store.question, question_id)
        voter = self.store.user_key(CHANNEL, str(query.from_user.id))
        if question is not None and question.user_key != voter:
            await query.answer(texts.FEEDBACK_ONLY_ASKER)
            return
        # the answer's own message may be too old to be shown to the bot; then reply to nothing
        asked = query.message.reply_to_message if isinstance(query.message, Message) else None
        result = "missing"
        if question is not None:
            chat = str(query.message.chat.id) if query.message is not None else str(query.from_user.id)
            notify = Notify(CHANNEL, chat, str(query.from_user.id), str(asked.message_id) if asked else None)
            result = await asyncio.to_thread(self.store.add_feedback, question_id, voter, vote, notify=notify)
        if result == "ok":
            await query.answer(texts.FEEDBACK_THANKS if vote > 0 else texts.FEEDBACK_DOWN)
        else:
            await query.answer(texts.FEEDBACK_ALREADY if result == "duplicate" else None)
        if query.message is not None:
            await query.edit_message_reply_markup(reply_markup=None)   # one vote: the buttons go

    async def on_pick(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A choice button: the asker's answer is the choice's text, through the same path as a
        typed message; the buttons go, so a choice is picked once."""
        query = update.callback_query
        _, question_id, number = query.data.split(":")
        msg = query.message
        if not isinstance(msg, Message):      # too old for Telegram to show the bot the message
            await query.answer(texts.CHOICE_GONE)
            return
        if question_id:
            question = await asyncio.to_thread(self.store.question, int(question_id))
            presser = self.store.user_key(CHANNEL, str(query.from_user.id))
            if question is not None and question.user_key != presser:
                await query.answer(texts.CHOICE_OTHERS_ONLY)
                return
        # the button's own label is the choice, so an old message's buttons still mean what they say;
        # without it, the number goes through the service's mapping of the last choices offered
        choice = _button_text(msg, query.data) or number
        await query.answer()
        try:
            await query.edit_message_reply_markup(reply_markup=None)
        except TelegramError as exc:      # a message too old to edit still gets its answer
            log.warning("could not remove the choice buttons: %s", exc)
        await self._answer(update, context, choice, msg=query.message, user=query.from_user, picked=True)

    # -- errors ----------------------------------------------------------------------------------

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # logged with the update id only: the message text stays out of the logs
        uid = update.update_id if isinstance(update, Update) else None
        log.error("error while handling update %s", uid, exc_info=context.error)
        retried = context.application.bot_data.get("failed_updates")
        if uid is not None and retried is not None:
            retried.add(uid)   # the update store tries it again, and apologises if it gives up
            return
        if isinstance(update, Update) and update.effective_message is not None:
            try:
                await update.effective_message.reply_text(texts.INTERNAL_ERROR)
            except Exception:   # the network may be what failed; nothing more to do
                log.warning("could not tell the user about the error")


def vote_keyboard(question_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("👍", callback_data=f"+{question_id}"),
                                  InlineKeyboardButton("👎", callback_data=f"-{question_id}")]])


def choice_keyboard(question_id: int | None, choices: list[str]) -> InlineKeyboardMarkup:
    """One button per choice, one per row (choices are short questions, too long for two abreast)."""
    qid = "" if question_id is None else str(question_id)
    return InlineKeyboardMarkup([[InlineKeyboardButton(choice, callback_data=f"{PICK}:{qid}:{n}")]
                                 for n, choice in numbered(choices)])


def _button_text(msg: Message, data: str) -> str | None:
    markup = msg.reply_markup
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


async def announce_commands(bot) -> None:
    """Set the command menu Telegram shows (at every start: it is cheap, and stays in step with COMMANDS)."""
    try:
        await bot.set_my_commands([BotCommand(name, description) for name, description in COMMANDS])
    except Exception as exc:     # the menu is a convenience: the bot answers without it
        log.warning("could not set the command menu: %s", exc)


def telegram_sender(bot) -> Sender:
    """What the outbox loop calls to send one pending row through this bot."""
    async def send(item: Outgoing) -> None:
        chat = int(item.chat_id) if item.chat_id.lstrip("-").isdigit() else item.chat_id
        await send_long(bot, chat, item.text, reply_to=item.reply_to)
    return send


async def send_long(bot, chat_id: int | str, text: str, *, reply_to: int | str | None = None, markup=None) -> list:
    """Send `text` in parts under Telegram's limit; the first part replies to `reply_to`, the last carries `markup`."""
    parts = split_text(text, MAX_MESSAGE, utf16_len)
    sent = []
    for i, part in enumerate(parts):
        reply = (ReplyParameters(message_id=int(reply_to), allow_sending_without_reply=True)
                 if reply_to is not None and i == 0 else None)
        sent.append(await bot.send_message(chat_id, part, reply_parameters=reply,
                                           reply_markup=markup if i == len(parts) - 1 else None))
    return sent


def _is_group(msg: Message) -> bool:
    return msg.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def _after_command(msg: Message) -> str:
    """The text after the leading /command (and its @botname)."""
    text = msg.text or ""
    for entity in msg.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[entity.length:].strip()
    return text.strip()


def _addressed_text(msg: Message, bot) -> str | None:
    """The question in a group message meant for the bot, or None: a reply to the bot, or an @mention."""
    replied = msg.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return msg.text
    mine = f"@{bot.username}".lower() if bot.username else None
    for entity, value in msg.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if (entity.type == MessageEntity.MENTION and value.lower() == mine) or \
                (entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id):
            return (msg.text.replace(value, " ", 1)).strip()
    return None


async def _is_admin(msg: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    if msg.sender_chat is not None and msg.sender_chat.id == msg.chat_id:
        return True   # an anonymous group admin posts as the group itself
    member = await context.bot.get_chat_member(msg.chat_id, msg.from_user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def build_application(token: str, *, request: BaseRequest | None = None, store: Store | None = None,
                      engine=None, settings: Settings | None = None, rate_limiter: bool = True,
                      updater: bool = True) -> Application:
    """The bot as a PTB `Application`. `request` replaces the network (both for API calls and
    getUpdates), which is how the tests drive it offline. `updater=False` for webhook mode, where
    our own HTTP server feeds updates in."""
    settings = settings or Settings()
    if store is None:
        store = Store.from_settings(settings)
    if engine is None:
        from bot.engine import default_engine
        engine = default_engine()
    builder = ApplicationBuilder().token(token)
    if settings.telegram_api_url:
        builder = builder.base_url(settings.telegram_api_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter())
    if not updater:
        builder = builder.updater(None)
    app = builder.build()
    channel = TelegramBot(store, engine, settings)
    channel.install(app)
    app.bot_data["yibao"] = channel
    return app


def run_polling(settings: Settings, *, request: BaseRequest | None = None, engine=None) -> int:
    """`yibao telegram`: the command menu, long polling into the update store, the worker that
    handles stored updates, and the loop that sends pending notifications. `request` and `engine`
    as for `build_application` (tests)."""
    if settings.telegram_bot_token is None:
        log.error("no bot token: set TELEGRAM_BOT_TOKEN (or YIBAO_TELEGRAM_BOT_TOKEN, or the config file)")
        return 2
    app = build_application(settings.telegram_bot_token.get_secret_value(), settings=settings, request=request,
                            engine=engine, updater=False)
    store = app.bot_data["yibao"].store

    async def main() -> None:
        inbox = UpdateInbox(app, store)
        async with app:
            await announce_commands(app.bot)
            await asyncio.gather(inbox.run(), inbox.poll(),
                                 outbox_loop(store, {CHANNEL: telegram_sender(app.bot)},
                                             settings.outbox_interval_seconds))

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    finally:
        store.close()
    return 0
