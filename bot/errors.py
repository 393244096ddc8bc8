"""Errors that mean the installation or configuration is wrong: said once, clearly, at start-up
(`yibao` prints the message and exits 2), never worked around in silence. Kept free of imports so
the command line can catch them without loading what raises them."""


class SetupError(RuntimeError):
    pass
